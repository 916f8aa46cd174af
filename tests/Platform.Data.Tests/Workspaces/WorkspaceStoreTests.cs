using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Workspaces;

public abstract class WorkspaceStoreTests : DatabaseTests
{
    private WorkspaceStore Store => new(Database, Clock);

    [Fact]
    public async Task Create_ValidName_MakesTheCreatorOwnerWithLiveAndTestOnLive()
    {
        var ada = await CreateUserAsync("ada");

        var created = await Store.CreateAsync(ada, "  Acme Inc  ");

        Assert.True(created.Succeeded);
        Assert.Equal(("Acme Inc", WorkspaceRole.Owner), (created.Value.Name, created.Value.Role));
        var access = await Store.OpenAsync(ada, created.Value.Id);
        Assert.NotNull(access);
        Assert.Equal([Datasource.Live, Datasource.Test], access.Datasources.Select(d => d.Name));
        Assert.True(access.Selected.IsLive);
    }

    [Theory]
    [InlineData("", "Workspace name is required.")]
    [InlineData("   ", "Workspace name is required.")]
    [InlineData("line\nbreak", "Workspace name cannot contain line breaks or control characters.")]
    public async Task Create_InvalidName_RefusedWithAMessageAndNothingSaved(string name, string message)
    {
        var ada = await CreateUserAsync("ada");

        var created = await Store.CreateAsync(ada, name);

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "name"), created.Problem);
        Assert.Empty(await Store.ListAsync(ada));
    }

    [Fact]
    public async Task Create_OverlongName_SaysHowLongItIs()
    {
        var ada = await CreateUserAsync("ada");

        var created = await Store.CreateAsync(ada, new string('w', 61));

        Assert.Equal("Workspace name is too long: 61 characters (at most 60).", created.Problem?.Message);
    }

    [Fact]
    public async Task Create_NameTheUserAlreadyHasInAnotherCase_Conflict()
    {
        var ada = await CreateUserAsync("ada");
        await Store.CreateAsync(ada, "Acme");

        var duplicate = await Store.CreateAsync(ada, "ACME");

        Assert.Equal(ProblemKind.Conflict, duplicate.Problem?.Kind);
        Assert.Single(await Store.ListAsync(ada));
    }

    [Fact]
    public async Task Create_NameAnotherUserHas_Allowed()
    {
        var ada = await CreateUserAsync("ada");
        var bob = await CreateUserAsync("bob");
        await Store.CreateAsync(ada, "Acme");

        Assert.True((await Store.CreateAsync(bob, "Acme")).Succeeded);
    }

    [Fact]
    public async Task ListAndOpen_AnotherUsersWorkspace_NeitherListedNorOpened()
    {
        var ada = await CreateUserAsync("ada");
        var bob = await CreateUserAsync("bob");
        var adas = (await Store.CreateAsync(ada, "Ada's")).Value!;

        Assert.Empty(await Store.ListAsync(bob));
        Assert.Null(await Store.OpenAsync(bob, adas.Id));
        Assert.Null(await Store.OpenAsync(ada, adas.Id + 1000));
    }

    [Fact]
    public async Task Rename_ByOwner_Renamed()
    {
        var ada = await CreateUserAsync("ada");
        var workspace = (await Store.CreateAsync(ada, "Old")).Value!;

        var renamed = await Store.RenameAsync(ada, workspace.Id, "New");

        Assert.Equal("New", renamed.Value?.Name);
        Assert.Equal("New", (await Store.OpenAsync(ada, workspace.Id))!.Workspace.Name);
    }

    [Fact]
    public async Task Rename_ByEditor_Forbidden()
    {
        var ada = await CreateUserAsync("ada");
        var bob = await CreateUserAsync("bob");
        var workspace = (await Store.CreateAsync(ada, "Acme")).Value!;
        await AddMemberAsync(workspace.Id, bob, WorkspaceRole.Editor);

        var renamed = await Store.RenameAsync(bob, workspace.Id, "Mine");

        Assert.Equal(ProblemKind.Forbidden, renamed.Problem?.Kind);
        Assert.Equal("Acme", (await Store.OpenAsync(ada, workspace.Id))!.Workspace.Name);
    }

    [Fact]
    public async Task Rename_ByNonMember_NotFound()
    {
        var ada = await CreateUserAsync("ada");
        var eve = await CreateUserAsync("eve");
        var workspace = (await Store.CreateAsync(ada, "Acme")).Value!;

        Assert.Equal(ProblemKind.NotFound, (await Store.RenameAsync(eve, workspace.Id, "Pwned")).Problem?.Kind);
    }

    [Fact]
    public async Task Rename_ToAnotherOfTheUsersNames_Conflict()
    {
        var ada = await CreateUserAsync("ada");
        await Store.CreateAsync(ada, "One");
        var two = (await Store.CreateAsync(ada, "Two")).Value!;

        Assert.Equal(ProblemKind.Conflict, (await Store.RenameAsync(ada, two.Id, "one")).Problem?.Kind);
        Assert.True((await Store.RenameAsync(ada, two.Id, "TWO")).Succeeded);
    }

    [Fact]
    public async Task SelectDatasource_Test_RememberedForThatMemberOnly()
    {
        var ada = await CreateUserAsync("ada");
        var bob = await CreateUserAsync("bob");
        var workspace = (await Store.CreateAsync(ada, "Acme")).Value!;
        await AddMemberAsync(workspace.Id, bob, WorkspaceRole.Viewer);
        var test = (await Store.OpenAsync(ada, workspace.Id))!.Datasources.Single(d => d.Name == Datasource.Test);

        var selected = await Store.SelectDatasourceAsync(ada, workspace.Id, test.Id);

        Assert.Equal(test, selected.Value);
        Assert.Equal(Datasource.Test, (await Store.OpenAsync(ada, workspace.Id))!.Selected.Name);
        Assert.Equal(Datasource.Live, (await Store.OpenAsync(bob, workspace.Id))!.Selected.Name);
    }

    [Fact]
    public async Task SelectDatasource_OfAnotherWorkspace_NotFound()
    {
        var ada = await CreateUserAsync("ada");
        var mine = (await Store.CreateAsync(ada, "Mine")).Value!;
        var other = (await Store.CreateAsync(ada, "Other")).Value!;
        var otherTest = (await Store.OpenAsync(ada, other.Id))!.Datasources.Single(d => d.Name == Datasource.Test);

        var selected = await Store.SelectDatasourceAsync(ada, mine.Id, otherTest.Id);

        Assert.Equal(ProblemKind.NotFound, selected.Problem?.Kind);
    }

    [Fact]
    public async Task Open_Twice_EqualByValue_UntilSomethingChanges()
    {
        var ada = await CreateUserAsync("ada");
        var workspace = (await Store.CreateAsync(ada, "Acme")).Value!;
        var first = await Store.OpenAsync(ada, workspace.Id);

        Assert.Equal(first, await Store.OpenAsync(ada, workspace.Id));
        Assert.Equal(first!.GetHashCode(), (await Store.OpenAsync(ada, workspace.Id))!.GetHashCode());
        await Store.SelectDatasourceAsync(ada, workspace.Id, first.Datasources.Single(d => d.Name == Datasource.Test).Id);
        Assert.NotEqual(first, await Store.OpenAsync(ada, workspace.Id));
    }

    [Fact]
    public async Task FindLandingWorkspace_AfterOpeningOne_ReturnsTheLastUsed()
    {
        var ada = await CreateUserAsync("ada");
        Assert.Null(await Store.FindLandingWorkspaceAsync(ada));
        var alpha = (await Store.CreateAsync(ada, "Alpha")).Value!;
        var beta = (await Store.CreateAsync(ada, "Beta")).Value!;
        Assert.Equal(alpha.Id, await Store.FindLandingWorkspaceAsync(ada));

        await Store.RememberLastWorkspaceAsync(ada, beta.Id);

        Assert.Equal(beta.Id, await Store.FindLandingWorkspaceAsync(ada));
    }

    [Fact]
    public async Task FindLandingWorkspace_LastUsedNoLongerAMember_FallsBackToAnother()
    {
        var ada = await CreateUserAsync("ada");
        var alpha = (await Store.CreateAsync(ada, "Alpha")).Value!;
        var beta = (await Store.CreateAsync(ada, "Beta")).Value!;
        await Store.RememberLastWorkspaceAsync(ada, beta.Id);
        await using (var db = Database.CreateDbContext())
            await db.WorkspaceMembers.Where(m => m.WorkspaceId == beta.Id).ExecuteDeleteAsync();

        Assert.Equal(alpha.Id, await Store.FindLandingWorkspaceAsync(ada));
    }
}

public sealed class SqliteWorkspaceStoreTests : WorkspaceStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkspaceStoreTests(PostgresServer server) : WorkspaceStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
