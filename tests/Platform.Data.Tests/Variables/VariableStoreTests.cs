using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Secrets;
using Platform.Data.Variables;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Variables;

public abstract class VariableStoreTests : WorkspaceDataTests
{
    private readonly ISecretProtector _secrets = TestSecrets.Create();

    private VariableStore Variables => new(Database, Clock, _secrets);

    private async Task<string> StoredValueAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        return await db.WorkspaceVariables.Where(v => v.WorkspaceId == WorkspaceId && v.Name == name).Select(v => v.ProtectedValue).SingleAsync();
    }

    [Fact]
    public async Task Set_StoresTheValueEncrypted_ListShowsNamesAndWhoWhen_NeverValues()
    {
        await GivenAdasWorkspaceAsync();
        const string secret = "https://hooks.slack.com/services/T000/B000/XXXXXXXX";

        var set = await Variables.SetAsync(Ada, WorkspaceId, " SLACK_WEBHOOK_URL ", secret);
        await Variables.SetAsync(Ada, WorkspaceId, "api_key", "k-123");

        Assert.True(set.Succeeded, set.Problem?.Message);
        Assert.Equal(new VariableSummary("SLACK_WEBHOOK_URL", Now.UtcDateTime, "ada"), set.Value);
        var stored = await StoredValueAsync("SLACK_WEBHOOK_URL");
        Assert.DoesNotContain("hooks.slack.com", stored, StringComparison.Ordinal);
        Assert.NotEqual(secret, stored);
        Assert.Equal(secret, _secrets.Unprotect(stored));
        Assert.Equal(
            [new VariableSummary("SLACK_WEBHOOK_URL", Now.UtcDateTime, "ada"), new VariableSummary("api_key", Now.UtcDateTime, "ada")],
            (await Variables.ListAsync(Ada, WorkspaceId)).Value!);
    }

    [Fact]
    public async Task Set_ReplacesTheValue_NamesAreCaseSensitive_WriteModes()
    {
        await GivenAdasWorkspaceAsync();
        var editor = await GivenMemberAsync("ed", WorkspaceRole.Editor);
        await Variables.SetAsync(Ada, WorkspaceId, "TOKEN", "one");
        Clock.Advance(TimeSpan.FromMinutes(5));

        var replaced = await Variables.SetAsync(editor, WorkspaceId, "TOKEN", "two", VariableWrite.ReplaceOnly);
        var other = await Variables.SetAsync(Ada, WorkspaceId, "token", "lower", VariableWrite.CreateOnly);
        var duplicate = await Variables.SetAsync(Ada, WorkspaceId, "TOKEN", "three", VariableWrite.CreateOnly);
        var missing = await Variables.SetAsync(Ada, WorkspaceId, "NOPE", "x", VariableWrite.ReplaceOnly);

        Assert.Equal(new VariableSummary("TOKEN", Now.AddMinutes(5).UtcDateTime, "ed"), replaced.Value);
        Assert.True(other.Succeeded);
        Assert.Equal(new Problem(ProblemKind.Conflict, "A variable named 'TOKEN' already exists in this workspace. Use Replace value to change it.", "name"), duplicate.Problem);
        Assert.Equal(ProblemKind.NotFound, missing.Problem?.Kind);
        Assert.Equal("two", _secrets.Unprotect(await StoredValueAsync("TOKEN")));
        Assert.Equal(["TOKEN", "token"], (await Variables.ListAsync(Ada, WorkspaceId)).Value!.Select(v => v.Name));
    }

    [Theory]
    [InlineData("", "Variable name is required.")]
    [InlineData("$datasource", "Variable names cannot start with '$': $env.$datasource would be a built-in such as $env.$datasource.")]
    [InlineData("1KEY", "Variable name cannot start with a digit; found '1'.")]
    [InlineData("API-KEY", "Variable name can contain only letters, digits and '_'; found '-'.")]
    [InlineData("API KEY", "Variable name can contain only letters, digits and '_'; found ' '.")]
    [InlineData("CLÉ", "Variable name can contain only letters, digits and '_'; found 'É'.")]
    public async Task Set_InvalidName_RefusedOnTheName(string name, string message)
    {
        await GivenAdasWorkspaceAsync();

        var set = await Variables.SetAsync(Ada, WorkspaceId, name, "value");

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), set.Problem);
        Assert.Empty((await Variables.ListAsync(Ada, WorkspaceId)).Value!);
    }

    [Fact]
    public async Task Set_Limits_NameLength128_Value64KB()
    {
        await GivenAdasWorkspaceAsync();

        var longest = await Variables.SetAsync(Ada, WorkspaceId, new string('N', 128), new string('v', 64 * 1024));
        var tooLong = await Variables.SetAsync(Ada, WorkspaceId, new string('N', 129), "v");
        var tooLarge = await Variables.SetAsync(Ada, WorkspaceId, "BIG", new string('é', 32 * 1024 + 1));
        var noValue = await Variables.SetAsync(Ada, WorkspaceId, "NONE", null);

        Assert.True(longest.Succeeded, longest.Problem?.Message);
        Assert.Equal(new Problem(ProblemKind.Invalid, "Variable name is too long: 129 characters (at most 128).", "name"), tooLong.Problem);
        Assert.Equal(new Problem(ProblemKind.Invalid, "Value is too large: 65,538 bytes (at most 65,536).", "value"), tooLarge.Problem);
        Assert.Equal(new Problem(ProblemKind.Invalid, "Value is required.", "value"), noValue.Problem);
    }

    [Fact]
    public async Task Roles_MembersList_EditorsAndOwnersChange_ViewersAndStrangersCannot()
    {
        await GivenAdasWorkspaceAsync();
        var editor = await GivenMemberAsync("ed", WorkspaceRole.Editor);
        var viewer = await GivenMemberAsync("vic", WorkspaceRole.Viewer);
        var stranger = await CreateUserAsync("eve");
        await Variables.SetAsync(Ada, WorkspaceId, "KEY", "v");

        Assert.Equal(
            new Problem(ProblemKind.Forbidden, "Your role in this workspace does not allow you to change environment variables."),
            (await Variables.SetAsync(viewer, WorkspaceId, "OTHER", "v")).Problem);
        Assert.Equal(ProblemKind.Forbidden, (await Variables.DeleteAsync(viewer, WorkspaceId, "KEY")).Problem?.Kind);
        Assert.Equal(["KEY"], (await Variables.ListAsync(viewer, WorkspaceId)).Value!.Select(v => v.Name));
        Assert.Equal(ProblemKind.NotFound, (await Variables.ListAsync(stranger, WorkspaceId)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Variables.SetAsync(stranger, WorkspaceId, "KEY", "x")).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Variables.DeleteAsync(stranger, WorkspaceId, "KEY")).Problem?.Kind);
        Assert.True((await Variables.DeleteAsync(editor, WorkspaceId, "KEY")).Succeeded);
        Assert.Equal(new Problem(ProblemKind.NotFound, "Variable 'KEY' not found. It may have been deleted, or you may not have access to it."),
            (await Variables.DeleteAsync(editor, WorkspaceId, "KEY")).Problem);
        Assert.Empty((await Variables.ListAsync(Ada, WorkspaceId)).Value!);
    }

    [Fact]
    public async Task Workspaces_KeepTheirOwnVariables_DeletingAUserKeepsTheVariable()
    {
        await GivenAdasWorkspaceAsync();
        var editor = await GivenMemberAsync("ed", WorkspaceRole.Editor);
        var bob = await CreateUserAsync("bob");
        var bobs = await CreateWorkspaceAsync(bob, "Bobs");
        await Variables.SetAsync(editor, WorkspaceId, "KEY", "acme");
        await Variables.SetAsync(bob, bobs, "KEY", "bob");

        Assert.Equal(ProblemKind.NotFound, (await Variables.DeleteAsync(Ada, bobs, "KEY")).Problem?.Kind);
        await using (var db = Database.CreateDbContext())
            await db.Users.Where(u => u.Id == editor).ExecuteDeleteAsync();

        Assert.Equal([new VariableSummary("KEY", Now.UtcDateTime, null)], (await Variables.ListAsync(Ada, WorkspaceId)).Value!);
        Assert.Equal("acme", _secrets.Unprotect(await StoredValueAsync("KEY")));
    }
}

public sealed class SqliteVariableStoreTests : VariableStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresVariableStoreTests(PostgresServer server) : VariableStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
