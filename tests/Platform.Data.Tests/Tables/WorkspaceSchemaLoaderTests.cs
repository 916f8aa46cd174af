using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Language;
using Platform.Engine.Language.Completion;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Tables;

public abstract class WorkspaceSchemaLoaderTests : WorkspaceDataTests
{
    private WorkspaceSchemaLoader Loader => new(Database);

    private async Task GivenUserAndOrdersAsync()
    {
        await GivenAdasWorkspaceAsync();
        var user = await GivenTableAsync("user",
            new FieldSpec("email", FieldType.Email, Description: "Where we write"),
            new FieldSpec("last_login", FieldType.Timestamp),
            new FieldSpec("tags", FieldType.Text, IsList: true));
        await GivenTableAsync("orders", new FieldSpec("customer", FieldType.Reference, ReferenceTableId: user.Id));
    }

    [Fact]
    public async Task Load_TablesWithIdCreatedAtAndFieldsInOrder()
    {
        await GivenUserAndOrdersAsync();

        var schema = (await Loader.LoadAsync(Ada, WorkspaceId)).Value!;

        Assert.Equal(["orders", "user"], schema.Tables.Select(t => t.Name));
        var user = schema.FindTable("user")!;
        Assert.Equal(
            [("id", "int"), ("created_at", "timestamp"), ("email", "email"), ("last_login", "timestamp"), ("tags", "text[]")],
            user.Fields.Select(f => (f.Name, f.Type)));
        Assert.Equal("Where we write", user.FindField("email")!.Description);
        var customer = schema.FindTable("orders")!.FindField("customer")!;
        Assert.Equal(("int", "The id of a record of 'user'."), (customer.Type, customer.Description));
    }

    [Fact]
    public async Task Load_Stranger_NotFound_OtherWorkspacesTablesNeverIncluded()
    {
        await GivenUserAndOrdersAsync();
        var eve = await CreateUserAsync("eve");
        var evesWorkspace = await CreateWorkspaceAsync(eve, "B");
        await GivenTableAsync(evesWorkspace, eve, "secret");

        Assert.Equal(ProblemKind.NotFound, (await Loader.LoadAsync(eve, WorkspaceId)).Problem?.Kind);
        Assert.Equal(["secret"], (await Loader.LoadAsync(eve, evesWorkspace)).Value!.Tables.Select(t => t.Name));
        Assert.Equal(["orders", "user"], (await Loader.LoadAsync(WorkspaceId)).Tables.Select(t => t.Name));
    }

    [Fact]
    public async Task Load_EnvironmentVariableNames_OfThisWorkspaceOnly_ForEnvCompletion()
    {
        await GivenAdasWorkspaceAsync();
        var variables = new Platform.Data.Variables.VariableStore(Database, Clock, TestSecrets.Create());
        await variables.SetAsync(Ada, WorkspaceId, "SLACK_WEBHOOK_URL", "https://hooks.example.com/x");
        await variables.SetAsync(Ada, WorkspaceId, "API_KEY", "k");
        var eve = await CreateUserAsync("eve");
        await variables.SetAsync(eve, await CreateWorkspaceAsync(eve, "B"), "EVES_KEY", "e");
        const string script = "task t {\n  stack {\n    debug.log { value = $env. }\n  }\n}\n";

        var schema = (await Loader.LoadAsync(Ada, WorkspaceId)).Value!;
        var items = CompletionService.GetCompletions(script, script.IndexOf("$env.", StringComparison.Ordinal) + 5, schema).Items;

        Assert.Equal(["API_KEY", "SLACK_WEBHOOK_URL"], schema.EnvironmentVariables);
        Assert.Equal(["$env.API_KEY", "$env.SLACK_WEBHOOK_URL", "$env.$datasource"], items.Take(3).Select(i => i.Label));
    }

    [Fact]
    public async Task Analyzer_WithTheLoadedSchema_FlagsAnUnknownTableAndField()
    {
        await GivenUserAndOrdersAsync();
        var schema = (await Loader.LoadAsync(Ada, WorkspaceId)).Value!;
        const string script = "task t {\n  stack {\n    db.query usr as $rows\n    db.query user {\n      where = $db.user.emial == \"a\" && $db.user.created_at > 0\n    } as $users\n  }\n}\n";

        var analysis = ScriptAnalyzer.Analyze(script, new AnalyzerOptions(schema));

        Assert.Equal(
            [("XS0304", "The workspace has no table 'usr'."), ("XS0305", "The table 'user' has no field 'emial'.")],
            analysis.Diagnostics.Where(d => d.Code is "XS0304" or "XS0305").Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public async Task Completion_WithTheLoadedSchema_OffersTablesAndTheFieldsOfDbUser()
    {
        await GivenUserAndOrdersAsync();
        var schema = (await Loader.LoadAsync(Ada, WorkspaceId)).Value!;
        const string fields = "task t {\n  stack {\n    db.query user {\n      where = $db.user.\n    } as $r\n  }\n}\n";
        const string tables = "task t {\n  stack {\n    db.get \n  }\n}\n";

        var fieldItems = CompletionService.GetCompletions(fields, fields.IndexOf("$db.user.", StringComparison.Ordinal) + 9, schema).Items;
        var tableItems = CompletionService.GetCompletions(tables, tables.IndexOf("db.get ", StringComparison.Ordinal) + 7, schema).Items;

        Assert.Equal(
            ["$db.user.id", "$db.user.created_at", "$db.user.email", "$db.user.last_login", "$db.user.tags"],
            fieldItems.Select(i => i.Label));
        Assert.Equal(CompletionKind.Field, fieldItems[2].Kind);
        Assert.Equal(["orders", "user"], tableItems.Select(i => i.Label));
    }
}

public sealed class SqliteWorkspaceSchemaLoaderTests : WorkspaceSchemaLoaderTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkspaceSchemaLoaderTests(PostgresServer server) : WorkspaceSchemaLoaderTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
