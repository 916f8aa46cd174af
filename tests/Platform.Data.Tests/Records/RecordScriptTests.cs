using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using static Platform.Data.Tests.Records.RecordWorkspace;

namespace Platform.Data.Tests.Records;

/// <summary>A workspace with a <c>user</c> table of every common field type, and scripts run on it through the engine.</summary>
public abstract class RecordScriptTests : DatabaseTests
{
    private protected RecordWorkspace Acme { get; private set; } = null!;

    protected async Task GivenUsersAsync()
    {
        Acme = await CreateAsync(Database, Clock, await CreateUserAsync("ada"), "Acme");
        await Acme.AddTableAsync("user",
            Field("name", FieldType.Text, required: true),
            Field("email", FieldType.Email, unique: true),
            Field("age", FieldType.Int, indexed: true),
            Field("role", FieldType.Enum, defaultJson: "\"user\"", values: ["admin", "user", "guest"]),
            Field("score", FieldType.Decimal),
            Field("active", FieldType.Bool, defaultJson: "true"),
            Field("last_login", FieldType.Timestamp),
            Field("tags", FieldType.Text, list: true),
            Field("meta", FieldType.Json),
            Field("secret", FieldType.Password));
    }

    protected async Task GivenSeededUsersAsync()
    {
        await GivenUsersAsync();
        await RunOkAsync("""
            db.bulk.add user { items = [
              {name: "Ada", email: "ada@example.com", age: 36, role: "admin", tags: ["a", "b"], meta: {plan: "pro", seats: 5}},
              {name: "Bob", email: "bob@example.com", age: 25, tags: ["b"], active: false, meta: {plan: "free", seats: 1}},
              {name: "Cy", email: "cy@Example.org", tags: []},
              {name: "Dee", email: "dee@example.com", age: 41, role: "guest", tags: ["c", "a"], meta: {plan: "pro", seats: 2}}
            ] } as $added
            """);
    }

    /// <summary>Runs statements in a task and returns the value of <c>$out</c> (or the last <c>as</c> variable) as text.</summary>
    private protected async Task<string> RunOkAsync(string statements, string datasource = "live", RecordWorkspace? workspace = null)
    {
        var result = await RunTaskAsync(statements, datasource, workspace);
        Assert.True(result.Failure is null, result.Failure?.Error.Message);
        return ValueDisplay.Format(result.Result, 100_000);
    }

    protected async Task<string> RunErrorAsync(string statements, string datasource = "live")
    {
        var result = await RunTaskAsync(statements, datasource, null);
        Assert.NotNull(result.Failure);
        return result.Failure.Error.Message;
    }

    private Task<RunResult> RunTaskAsync(string statements, string datasource, RecordWorkspace? workspace)
    {
        var last = statements.Contains("var $out", StringComparison.Ordinal)
            ? "$out"
            : System.Text.RegularExpressions.Regex.Matches(statements, @" as (\$\w+)")[^1].Groups[1].Value;
        var script = $"task t {{\n  stack {{\n{statements}\n  }}\n  response = {last}\n}}";
        return (workspace ?? Acme).RunAsync(script, datasource);
    }
}
