// Small browser helpers the Blazor components call. Kept free of framework internals.
(function () {
    "use strict";

    const shortcuts = new Map();
    let nextId = 1;

    // Ctrl/Cmd+S anywhere on the page saves (and never opens the browser's "Save page" dialog).
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

// Makes sure a BlazorMonaco editor uses XanoScript and the current theme, whatever the load order was.
window.platform.attachXanoScriptEditor = async function (editorId, dark) {
    await window.xanoscriptMonaco.ready;
    const editor = window.blazorMonaco.editor.getEditor(editorId);
    monaco.editor.setModelLanguage(editor.getModel(), window.xanoscriptMonaco.languageId);
    window.xanoscriptMonaco.setTheme(dark);
    document.getElementById(editorId)?.setAttribute("data-language", editor.getModel().getLanguageId());
};

window.platform.timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
