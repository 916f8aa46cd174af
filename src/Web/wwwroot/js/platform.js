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
