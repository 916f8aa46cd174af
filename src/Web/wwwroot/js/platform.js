// Small browser helpers the Blazor components call. Kept free of framework internals.
(function () {
    "use strict";

    const shortcuts = new Map();
    let nextId = 1;

    // On the task page, anywhere (the editor included): Ctrl/Cmd+S saves (never the browser's "Save page" dialog),
    // Ctrl/Cmd+Enter runs the task now (instead of Monaco's "insert line below").
    function bindTaskShortcuts(dotnetRef) {
        const id = nextId++;
        const handler = (e) => {
            if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
            const method = e.key.toLowerCase() === "s" ? "SaveFromShortcut" : e.key === "Enter" ? "RunFromShortcut" : null;
            if (!method) return;
            e.preventDefault();
            e.stopPropagation();
            dotnetRef.invokeMethodAsync(method);
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

    window.platform = { bindTaskShortcuts, unbindShortcut, setEditorTheme };
})();

window.platform.timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
