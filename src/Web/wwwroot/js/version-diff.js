// A read-only, side-by-side Monaco diff of two XanoScript texts (a published version against the draft).
(function () {
    "use strict";

    const open = new Map();

    async function show(elementId, original, modified, dark) {
        await window.xanoscriptMonaco.ready;
        dispose(elementId);
        const element = document.getElementById(elementId);
        if (!element) return 0;
        const language = window.xanoscriptMonaco.languageId;
        const models = {
            original: monaco.editor.createModel(original, language),
            modified: monaco.editor.createModel(modified, language),
        };
        const editor = monaco.editor.createDiffEditor(element, {
            readOnly: true, originalEditable: false, renderSideBySide: true, automaticLayout: true,
            scrollBeyondLastLine: false, minimap: { enabled: false }, fontSize: 13,
        });
        editor.setModel(models);
        window.xanoscriptMonaco.setTheme(dark);
        open.set(elementId, { editor, models });
        // The number of changed regions, once Monaco has computed them (tests and the summary line read it).
        return await new Promise(resolve => {
            const done = () => resolve((editor.getLineChanges() || []).length);
            if (editor.getLineChanges()) done();
            else { const sub = editor.onDidUpdateDiff(() => { sub.dispose(); done(); }); }
        });
    }

    function dispose(elementId) {
        const entry = open.get(elementId);
        if (!entry) return;
        entry.editor.dispose();
        entry.models.original.dispose();
        entry.models.modified.dispose();
        open.delete(elementId);
    }

    window.versionDiff = { show, dispose };
})();
