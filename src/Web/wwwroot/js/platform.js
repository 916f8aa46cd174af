// Small browser helpers the Blazor components call. Kept free of framework internals.
(function () {
    "use strict";

    const shortcuts = new Map();
    let nextId = 1;

    // Ctrl/Cmd+S anywhere on the page saves (and never opens the browser's "Save page" dialog). Ctrl+Enter (run)
    // belongs to the editor, which registers it as a Monaco action.
    function bindSaveShortcut(dotnetRef) {
        const id = nextId++;
        const handler = (e) => {
            if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
                e.preventDefault();
                e.stopPropagation();
                dotnetRef.invokeMethodAsync("SaveFromShortcut");
            }
        };
        window.addEventListener("keydown", handler, true);
        shortcuts.set(id, handler);
        return id;
    }

    function unbindShortcut(id) {
        const handler = shortcuts.get(id);
        if (handler) window.removeEventListener("keydown", handler, true);
        shortcuts.delete(id);
    }

    async function setEditorTheme(dark) {
        await window.xanoscriptMonaco.ready;
        window.xanoscriptMonaco.setTheme(dark);
    }

    window.platform = { bindSaveShortcut, unbindShortcut, setEditorTheme };
})();

window.platform.timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

// Radzen focuses a dialog's first field half a second after the dialog opens: keys typed before that are lost,
// and a field the user already clicked loses focus, so typing lands in the wrong field. The dialog's field is
// focused at once instead, and focus already inside the dialog is never taken away.
(function () {
    "use strict";

    const radzen = window.Radzen;
    if (!radzen || typeof radzen.openDialog !== "function" || typeof radzen.focusFirstFocusableElement !== "function") return;

    const focusFirstFocusable = radzen.focusFirstFocusableElement;
    radzen.focusFirstFocusableElement = function (container) {
        if (container && container.contains(document.activeElement)) return;
        return focusFirstFocusable.call(this, container);
    };

    const openDialog = radzen.openDialog;
    radzen.openDialog = function (options, ...rest) {
        const result = openDialog.call(this, options, ...rest);
        if (options && options.autoFocusFirstElement) {
            const dialogs = document.querySelectorAll(".rz-dialog-content");
            const opened = dialogs[dialogs.length - 1];
            if (opened && !opened.contains(document.activeElement)) {
                const preferred = opened.querySelector("[autofocus]:not([autofocus='false'])");
                if (preferred) preferred.focus();
                else focusFirstFocusable.call(radzen, opened);
            }
        }
        return result;
    };
})();
