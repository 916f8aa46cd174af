// XanoScript support for Monaco: language registration, a Monarch tokenizer, light/dark themes, and the language
// services the server answers (markers as you type, completion, hover, format document) through each editor's
// .NET bridge (Services/Editor/ScriptEditorBridge.cs). Loaded after BlazorMonaco's editor.main.js.
(function () {
    "use strict";

    const languageId = "xanoscript";

    const constructs = [
        "task", "function", "query", "table", "api_group", "addon", "middleware", "table_trigger", "workspace",
        "workspace_trigger", "branch", "agent", "agent_trigger", "tool", "mcp_server", "mcp_server_trigger",
        "realtime_channel", "realtime_trigger", "workflow_test", "run.job", "run.service",
    ];

    const keywords = [
        // clauses
        "description", "active", "datasource", "stack", "schedule", "events", "tags", "history", "docs", "input",
        "response", "guid", "test", "cache", "auth", "schema", "index", "view", "security",
        // control flow and core statements
        "var", "conditional", "if", "elseif", "else", "foreach", "each", "as", "for", "while", "switch", "case",
        "default", "break", "continue", "return", "throw", "try_catch", "try", "catch", "finally", "precondition",
        "group", "mock", "await",
        // query-mode word operators
        "in", "not", "between", "contains", "includes", "like", "ilike", "overlaps", "search",
    ];

    // Dotted statement names by family (tests/Platform.Web.Tests/Scripts/XanoScriptTokenizerTests checks them against
    // the engine's catalog); a whitelist, so `$db.orders.total` after a '.' is not taken for a statement.
    const statementFamilies = /(?:var|db|api|util|math|text|array|object|security|debug|function|redis|storage|stream|zip|cloud|realtime|expect|task|ai|lambda|action|addon|datadog|foreach|middleware|service|tool|trigger|webflow|workflow_test)(?:\.[a-z_][a-z0-9_]*)+/;
    const dottedConstructs = new RegExp(constructs.filter(c => c.includes(".")).map(c => c.replace(".", "\\.") + "\\b").join("|"));

    const monarch = {
        defaultToken: "",
        tokenPostfix: ".xs",
        constructs,
        keywords,
        literals: ["true", "false", "null", "now"],
        types: ["int", "decimal", "text", "bool", "email", "password", "uuid", "timestamp", "date", "json", "vector",
            "enum", "object", "file", "image", "video", "audio", "attachment"],
        operators: ["==", "!=", "===", "!==", ">=", "<=", ">", "<", "&&", "||", "??", "+", "-", "*", "/", "%", "~",
            "!", "=", ":", "?", "@>", "!~"],
        symbols: /[=><!~?:&|+\-*\/%@]+/,
        tokenizer: {
            root: [
                { include: "@whitespace" },
                [/"""/, "string", "@tripleDouble"],
                [/'''/, "string", "@tripleSingle"],
                [/```/, "string.expression", "@tripleBacktick"],
                [/"/, "string", "@stringDouble"],
                [/'/, "string", "@stringSingle"],
                [/`/, "string.expression", "@backtick"],
                [/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[+-]\d{4}/, "number.timestamp"],
                [/(\|)(\s*)([a-zA-Z_]\w*)/, ["operator", "", "function.filter"]],
                [/\$\$/, "variable.special"],
                [/\$(?:input|auth|env|db|error|this|response|output|index|parent|result)\b/, "variable.special"],
                [/\$[a-zA-Z_]\w*/, "variable"],
                [/!(?:int|decimal|bool|text|array|object|timestamp|expr)\b/, "type.cast"],
                [/\d+\.\d+/, "number.float"],
                [/\d+/, "number"],
                [dottedConstructs, "keyword.construct"],
                [statementFamilies, "keyword.statement"],
                // `name = value` (attributes and clauses) and `name: value` (object keys), before plain words.
                [/[a-zA-Z_]\w*(?=\s*=(?!=))/, "attribute.name"],
                [/[a-zA-Z_]\w*(?=\s*:(?!:))/, "key"],
                [/[a-zA-Z_]\w*/, {
                    cases: {
                        "@constructs": "keyword.construct",
                        "@literals": "constant",
                        "@keywords": "keyword",
                        "@types": "type",
                        "@default": "identifier",
                    },
                }],
                [/[{}()\[\]]/, "@brackets"],
                [/@symbols/, { cases: { "@operators": "operator", "@default": "" } }],
                [/[,.]/, "delimiter"],
            ],
            whitespace: [
                [/[ \t\r\n]+/, ""],
                [/\/\/.*$/, "comment"],
            ],
            stringDouble: [
                [/[^\\"]+/, "string"],
                [/\\./, "string.escape"],
                [/"/, "string", "@pop"],
            ],
            stringSingle: [
                [/[^\\']+/, "string"],
                [/\\[\\']/, "string.escape"],
                [/\\/, "string"],
                [/'/, "string", "@pop"],
            ],
            backtick: [
                [/[^\\`]+/, "string.expression"],
                [/\\./, "string.escape"],
                [/`/, "string.expression", "@pop"],
            ],
            tripleDouble: [
                [/"""/, "string", "@pop"],
                [/[^"]+|"/, "string"],
            ],
            tripleSingle: [
                [/'''/, "string", "@pop"],
                [/[^']+|'/, "string"],
            ],
            tripleBacktick: [
                [/```/, "string.expression", "@pop"],
                [/[^`]+|`/, "string.expression"],
            ],
        },
    };

    const configuration = {
        comments: { lineComment: "//" },
        brackets: [["{", "}"], ["[", "]"], ["(", ")"]],
        autoClosingPairs: [
            { open: "{", close: "}" }, { open: "[", close: "]" }, { open: "(", close: ")" },
            { open: "\"", close: "\"", notIn: ["string"] }, { open: "'", close: "'", notIn: ["string"] },
            { open: "`", close: "`", notIn: ["string"] },
        ],
        surroundingPairs: [
            { open: "{", close: "}" }, { open: "[", close: "]" }, { open: "(", close: ")" },
            { open: "\"", close: "\"" }, { open: "'", close: "'" },
        ],
        indentationRules: {
            increaseIndentPattern: /^.*(\{|\[|\()\s*(\/\/.*)?$/,
            decreaseIndentPattern: /^\s*[}\])]/,
        },
    };

    const rules = (dark) => [
        { token: "keyword.construct", foreground: dark ? "c586c0" : "af00db", fontStyle: "bold" },
        { token: "keyword.statement", foreground: dark ? "4fc1ff" : "0070c1" },
        { token: "keyword", foreground: dark ? "569cd6" : "0000ff" },
        { token: "function.filter", foreground: dark ? "dcdcaa" : "795e26" },
        { token: "variable", foreground: dark ? "9cdcfe" : "001080" },
        { token: "variable.special", foreground: dark ? "4ec9b0" : "267f99", fontStyle: "bold" },
        { token: "number.timestamp", foreground: dark ? "d7ba7d" : "a31515" },
        { token: "string.expression", foreground: dark ? "d7ba7d" : "811f3f" },
        { token: "type.cast", foreground: dark ? "4ec9b0" : "267f99" },
        { token: "constant", foreground: dark ? "569cd6" : "0000ff" },
        { token: "attribute.name", foreground: dark ? "9cdcfe" : "e50000" },
        { token: "key", foreground: dark ? "9cdcfe" : "0451a5" },
    ];

    function register(monaco) {
        if (monaco.languages.getLanguages().some(l => l.id === languageId)) return;
        monaco.languages.register({ id: languageId, extensions: [".xs"], aliases: ["XanoScript", "xs"] });
        monaco.languages.setMonarchTokensProvider(languageId, monarch);
        monaco.languages.setLanguageConfiguration(languageId, configuration);
        monaco.editor.defineTheme("xanoscript-light", { base: "vs", inherit: true, rules: rules(false), colors: {} });
        monaco.editor.defineTheme("xanoscript-dark", { base: "vs-dark", inherit: true, rules: rules(true), colors: {} });
        registerProviders(monaco);
        // Shift+Alt+F formats on every platform, as in VS Code on Windows (Monaco's Linux default is Ctrl+Shift+I).
        monaco.editor.addKeybindingRules([{
            keybinding: monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF,
            command: "editor.action.formatDocument",
            when: "editorHasDocumentFormattingProvider && editorTextFocus && !editorReadonly",
        }]);
    }

    // ---- Language services from the server -------------------------------------------------------------------
    // Providers are registered once for the language; each call finds its editor's .NET bridge by model URI, so
    // several editors on a page each get answers from their own context. Editors without a bridge get none.
    const sessions = new Map();       // model URI → session
    const sessionsByEditor = new Map(); // editor id → session
    const analysisInterval = 200;     // at most one analysis request per interval, and one in flight
    const markerOwner = "xanoscript";

    const sessionFor = (model) => sessions.get(model.uri.toString());

    function registerProviders(monaco) {
        monaco.languages.registerCompletionItemProvider(languageId, {
            triggerCharacters: ["|", "$", "."],
            provideCompletionItems: async (model, position) => {
                const session = sessionFor(model);
                if (!session) return { suggestions: [] };
                const list = await call(session, "Complete", model.getValue(), position.lineNumber, position.column);
                return { suggestions: list ? list.items.map((item, index) => toSuggestion(item, index, list.range)) : [] };
            },
        });
        monaco.languages.registerHoverProvider(languageId, {
            provideHover: async (model, position) => {
                const session = sessionFor(model);
                const hover = session && await call(session, "Hover", model.getValue(), position.lineNumber, position.column);
                return hover ? { contents: [{ value: hover.markdown }], range: hover.range } : null;
            },
        });
        monaco.languages.registerDocumentFormattingEditProvider(languageId, {
            provideDocumentFormattingEdits: async (model) => {
                const session = sessionFor(model);
                const text = model.getValue();
                const result = session && await call(session, "Format", text);
                // Refused (syntax errors): the server told the user why; the text stays as it is.
                return result && result.text !== null && result.text !== text
                    ? [{ range: model.getFullModelRange(), text: result.text }]
                    : [];
            },
        });
    }

    function toSuggestion(item, index, range) {
        return {
            label: { label: item.label, detail: item.labelDetail ?? undefined, description: item.description ?? undefined },
            kind: monaco.languages.CompletionItemKind[item.kind] ?? monaco.languages.CompletionItemKind.Text,
            insertText: item.insertText,
            insertTextRules: item.isSnippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
            detail: item.detail ?? undefined,
            documentation: item.documentation ? { value: item.documentation } : undefined,
            sortText: String(index).padStart(5, "0"),
            range,
        };
    }

    // A call that outlives its editor or circuit answers nothing instead of failing the provider.
    async function call(session, method, ...args) {
        if (session.disposed) return null;
        try {
            return await session.bridge.invokeMethodAsync(method, ...args);
        } catch (error) {
            if (!session.disposed) console.warn(`XanoScript ${method} failed`, error);
            return null;
        }
    }

    // Leading-edge throttle: an edit after a quiet moment is checked at once (markers follow a keystroke at the speed
    // of a round trip); edits during a burst wait for the interval and for the answer in flight, then go as one.
    function scheduleAnalysis(session) {
        if (session.disposed) return;
        if (session.inFlight || session.timer !== null) { session.pending = true; return; }
        const wait = session.lastSent + analysisInterval - performance.now();
        if (wait <= 0) { analyze(session); return; }
        session.timer = setTimeout(() => { session.timer = null; analyze(session); }, wait);
    }

    async function analyze(session) {
        session.pending = false;
        session.inFlight = true;
        session.lastSent = performance.now();
        const model = session.editor.getModel();
        const version = model.getVersionId();
        // The server orders requests by this number, which keeps rising even if the editor is given another model.
        const result = await call(session, "Analyze", ++session.requests, model.getValue());
        session.inFlight = false;
        if (session.disposed) return;
        const current = session.editor.getModel() === model && model.getVersionId() === version;
        // A stale answer (the text changed since) is dropped: the newer text is checked next.
        if (result && current) monaco.editor.setModelMarkers(model, markerOwner, result.markers.map(toMarker));
        if (session.pending || !current) scheduleAnalysis(session);
    }

    function toMarker(marker) {
        return {
            severity: monaco.MarkerSeverity[marker.severity] ?? monaco.MarkerSeverity.Info,
            code: marker.code,
            message: marker.message,
            source: "XanoScript",
            startLineNumber: marker.startLineNumber,
            startColumn: marker.startColumn,
            endLineNumber: marker.endLineNumber,
            endColumn: marker.endColumn,
        };
    }

    function track(session) {
        session.uri = session.editor.getModel().uri.toString();
        sessions.set(session.uri, session);
    }

    /** Connects a BlazorMonaco editor to its .NET bridge: language, theme, markers as the text changes, Ctrl+Enter. */
    let lastSessionId = 0;

    /** Returns the session's id, for detach: an editor that replaced this one under the same element id stays. */
    async function attach(editorId, bridge, dark, canRun) {
        await ready;
        const previous = sessionsByEditor.get(editorId);
        if (previous) detach(previous.id);
        const editor = window.blazorMonaco.editor.getEditor(editorId);
        const model = editor.getModel();
        monaco.editor.setModelLanguage(model, languageId);
        setTheme(dark);
        const session = { id: ++lastSessionId, editorId, editor, bridge, timer: null, inFlight: false, pending: false, requests: 0, lastSent: -Infinity, disposed: false };
        track(session);
        sessionsByEditor.set(editorId, session);
        session.subscriptions = [
            editor.onDidChangeModelContent(() => scheduleAnalysis(session)),
            editor.onDidChangeModel(() => { sessions.delete(session.uri); track(session); scheduleAnalysis(session); }),
            editor.addAction({
                id: "xanoscript.run",
                label: "Run script",
                keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
                // In the context menu only where a page runs scripts; the key works regardless.
                contextMenuGroupId: canRun ? "navigation" : undefined,
                run: () => { call(session, "RequestRun"); },
            }),
        ];
        document.getElementById(editorId)?.setAttribute("data-language", model.getLanguageId());
        performance.mark(`xanoscript-ready:${editorId}`);
        analyze(session);
        return session.id;
    }

    function detach(sessionId) {
        const session = [...sessionsByEditor.values()].find(s => s.id === sessionId);
        if (!session) return;
        session.disposed = true;
        clearTimeout(session.timer);
        session.subscriptions.forEach(s => s.dispose());
        sessions.delete(session.uri);
        sessionsByEditor.delete(session.editorId);
    }

    /** Puts the cursor on a 1-based line and column, scrolls it into view and focuses the editor. */
    function reveal(editorId, line, column) {
        const session = sessionsByEditor.get(editorId);
        if (!session) return;
        const position = { lineNumber: line, column };
        session.editor.setPosition(position);
        session.editor.revealPositionInCenterIfOutsideViewport(position);
        session.editor.focus();
    }

    // BlazorMonaco gives a new editor the text of any editor still registered under its element id (meant for
    // re-creating one element), and never forgets an editor whose component went away. When Blazor replaces a page
    // part (another task opened), the old editor's element has already left the page, and its text (another task's
    // script) must not become the new editor's: such editors are disposed and forgotten before an editor is created.
    function forgetDetachedEditors() {
        const holders = window.blazorMonaco.editors;
        for (let i = holders.length - 1; i >= 0; i--) {
            if (holders[i].editor.getContainerDomNode().isConnected) continue;
            const [holder] = holders.splice(i, 1);
            if (!holder.id.endsWith("_original") && !holder.id.endsWith("_modified")) holder.editor.dispose();
        }
    }

    for (const name of ["create", "createDiffEditor"]) {
        const create = window.blazorMonaco.editor[name];
        window.blazorMonaco.editor[name] = function (...args) {
            forgetDetachedEditors();
            return create.apply(this, args);
        };
    }

    const setTheme = (dark) => window.monaco && monaco.editor.setTheme(dark ? "xanoscript-dark" : "xanoscript-light");
    const ready = new Promise(resolve => require(["vs/editor/editor.main"], () => { register(monaco); resolve(); }));

    window.xanoscriptMonaco = {
        languageId,
        themeFor: (dark) => dark ? "xanoscript-dark" : "xanoscript-light",
        setTheme,
        ready,
        attach,
        detach,
        reveal,
    };
})();
