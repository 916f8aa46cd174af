using System.Collections.Frozen;
using static Platform.Engine.Language.Catalog.AttributeType;
using static Platform.Engine.Language.Catalog.ClauseKind;

namespace Platform.Engine.Language.Catalog;

/// <summary>The constructs a script may hold (reference §3, §4) and their clauses.</summary>
public static class ConstructCatalog
{
    private static readonly ClauseSchema Description = new("description", Value, AttributeType.Text, "What this is for.");
    private static readonly ClauseSchema Guid = new("guid", Value, AttributeType.Text, "Id managed by Xano; ignored here.");
    private static readonly ClauseSchema Tags = new("tags", Value, AttributeType.Array, "Labels for finding it, such as [\"reports\"].");
    private static readonly ClauseSchema Docs = new("docs", Value, AttributeType.Text, "Longer documentation.");
    private static readonly ClauseSchema History = new("history", Value, Any, "How long to keep run history: false, \"inherit\", 10, 100, 1000, 10000 or \"all\".");
    private static readonly ClauseSchema Stack = new("stack", ClauseKind.Stack, Any, "The statements that run.", Required: true);
    private static readonly ClauseSchema Input = new("input", ClauseKind.Input, Any, "The inputs it takes.");
    private static readonly ClauseSchema Response = new("response", Value, Any, "The value it returns.");
    private static readonly ClauseSchema Middleware = new("middleware", Value, AttributeType.Object, "Middleware to run before and after.");
    private static readonly ClauseSchema Cache = new("cache", Value, AttributeType.Object, "Response cache settings.");
    private static readonly ClauseSchema Test = new("test", ClauseKind.Test, Any, "A unit test: inputs and expectations.", Repeatable: true);
    private static readonly ClauseSchema Active = new("active", Value, Bool, "Whether it is switched on.");

    private static readonly ClauseSchema[] Common = [Description, Guid, Tags, Docs, History];

    private static readonly FrozenDictionary<string, ConstructSchema> ByKeyword = new ConstructSchema[]
    {
        new("task", "A background task: a stack that runs on a schedule.",
        [
            .. Common, Stack, Active, Middleware, Test,
            new("datasource", Value, AttributeType.Text, "The datasource the task runs on; live when left out."),
            new("schedule", Value, AttributeType.Array, "When it runs: [{starts_on: 2025-10-01 06:00:00+0000, freq: 86400}].")
            {
                AlsoAccepted = [Attributes],
            },
        ]),
        new("function", "A reusable function with inputs and a response.", [.. Common, Input, Stack, Response, Cache, Middleware, Test]),
        new("query", "An API endpoint.",
        [
            .. Common, Input, Stack, Response, Cache, Middleware, Test,
            new("api_group", Value, AttributeType.Text, "The API group it belongs to."),
            new("auth", Value, Any, "The table whose users may call it."),
            new("response_type", Value, AttributeType.Text, "How the response is sent."),
        ]),
        new("middleware", "Code that runs before or after other constructs.",
        [
            .. Common, Input, Stack, Response, Test,
            new("response_strategy", Value, AttributeType.Text, "How its response combines with the caller's."),
            new("exception_policy", Value, AttributeType.Text, "What happens when it fails."),
        ]),
        new("addon", "A query that adds related data to records.", [.. Common, Input, Stack]),
        new("table", "A database table.",
        [
            .. Common,
            new("auth", Value, Bool, "Whether its records can sign in."),
            new("schema", ClauseKind.Input, Any, "Its columns."),
            new("index", Value, AttributeType.Array, "Its indexes."),
            new("view", Value, Any, "Saved views."),
            new("items", Value, AttributeType.Array, "Seed records."),
            new("autocomplete", Value, Any, "Autocomplete settings."),
            new("security", Attributes, Any, "Security settings."),
        ]),
        new("table_trigger", "Code that runs when a table changes.",
        [
            .. Common, Input, Stack, Active,
            new("table", Value, AttributeType.Text, "The table it watches."),
            new("actions", Value, AttributeType.Object, "Which changes trigger it."),
            new("datasources", Value, AttributeType.Array, "Datasources it runs for."),
            new("where", Value, Query, "Which rows trigger it."),
        ]),
        new("api_group", "A group of API endpoints.",
        [
            .. Common, Active, Middleware,
            new("canonical", Value, AttributeType.Text, "The group's canonical id."),
            new("swagger", Value, Any, "Whether its OpenAPI docs are published."),
            new("cors", Value, Any, "CORS settings."),
        ]),
        new("workflow_test", "A test that calls several constructs.", [.. Common, Stack, new("datasource", Value, AttributeType.Text, "The datasource it runs on.")]),
        new("workspace_trigger", "Code that runs on workspace events.", [.. Common], Open: true),
        new("realtime_trigger", "Code that runs on realtime events.", [.. Common], Open: true),
        new("agent_trigger", "Code that runs on agent events.", [.. Common], Open: true),
        new("mcp_server_trigger", "Code that runs on MCP server events.", [.. Common], Open: true),
        new("agent", "An AI agent configuration.", [.. Common], Open: true),
        new("tool", "A tool an AI agent can call.", [.. Common], Open: true),
        new("mcp_server", "An MCP server configuration.", [.. Common], Open: true),
        new("realtime_channel", "A realtime channel configuration.", [.. Common], Open: true),
        new("workspace", "Workspace settings.", [.. Common], Open: true),
        new("branch", "Branch settings.", [.. Common], Open: true),
        new("run.job", "A one-off run of a function.", [.. Common], Open: true),
        new("run.service", "A long-running service.", [.. Common], Open: true),
    }.ToFrozenDictionary(c => c.Keyword, StringComparer.Ordinal);

    public static IEnumerable<ConstructSchema> All => ByKeyword.Values;

    public static ConstructSchema? Find(string keyword) => ByKeyword.GetValueOrDefault(keyword);
}
