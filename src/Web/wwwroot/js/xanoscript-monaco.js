// XanoScript support for Monaco: language registration, a Monarch tokenizer and light/dark themes.
// Loaded after BlazorMonaco's editor.main.js; everything that needs the server (diagnostics, completion,
// hover, formatting) is added by the language front end through the same module.
(function () {
    "use strict";

    const languageId = "xanoscript";

    const constructs = [
        "task", "function", "query", "table", "api_group", "addon", "middleware", "table_trigger", "workspace",
        "workspace_trigger", "branch", "agent", "agent_trigger", "tool", "mcp_server", "mcp_server_trigger",
        "realtime_channel", "realtime_trigger", "workflow_test",
    ];

    const keywords = [
        // clauses
        "description", "active", "datasource", "stack", "schedule", "events", "tags", "history", "docs", "input",
        "response", "guid", "test", "cache", "auth", "schema", "index", "view",
        // control flow and core statements
        "var", "conditional", "if", "elseif", "else", "foreach", "each", "as", "for", "while", "switch", "case",
        "default", "break", "continue", "return", "throw", "try_catch", "try", "catch", "finally", "precondition",
        "group", "mock",
        // query-mode word operators
        "in", "not", "between", "contains", "includes", "like", "ilike", "overlaps", "search",
    ];

    const statementFamilies = /(?:var|db|api|util|math|text|array|object|security|debug|function|redis|storage|stream|zip|cloud|realtime|expect|task|ai|lambda)(?:\.[a-z_][a-z0-9_]*)+/;

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
                [statementFamilies, "keyword.statement"],
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
    ];

    function register(monaco) {
        if (monaco.languages.getLanguages().some(l => l.id === languageId)) return;
        monaco.languages.register({ id: languageId, extensions: [".xs"], aliases: ["XanoScript", "xs"] });
        monaco.languages.setMonarchTokensProvider(languageId, monarch);
        monaco.languages.setLanguageConfiguration(languageId, configuration);
        monaco.editor.defineTheme("xanoscript-light", { base: "vs", inherit: true, rules: rules(false), colors: {} });
        monaco.editor.defineTheme("xanoscript-dark", { base: "vs-dark", inherit: true, rules: rules(true), colors: {} });
    }

    window.xanoscriptMonaco = {
        languageId,
        themeFor: (dark) => dark ? "xanoscript-dark" : "xanoscript-light",
        setTheme: (dark) => window.monaco && monaco.editor.setTheme(dark ? "xanoscript-dark" : "xanoscript-light"),
        ready: new Promise(resolve => require(["vs/editor/editor.main"], () => { register(monaco); resolve(); })),
    };
})();
