using Microsoft.EntityFrameworkCore;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Workspaces;

public abstract class MemberStoreTests : DatabaseTests
{
    private MemberStore Members => new(Database, Clock);

    private WorkspaceStore Workspaces => new(Database, Clock);

    /// <summary>Ada owns a workspace; Bob and Cy have accounts but are not members.</summary>
    private async Task<(Guid Ada, Guid Bob, Guid Cy, int WorkspaceId)> GivenAdasWorkspaceAsync()
    {
        var ada = await CreateUserAsync("ada");
        var bob = await CreateUserAsync("bob");
        var cy = await CreateUserAsync("cy");
        var workspace = (await Workspaces.CreateAsync(ada, "Acme")).Value!;
        return (ada, bob, cy, workspace.Id);
    }

    private async Task<IReadOnlyList<(string Name, WorkspaceRole Role)>> RolesAsync(Guid asker, int workspaceId) =>
        [.. (await Members.ListAsync(asker, workspaceId)).Value!.Select(m => (m.Name, m.Role))];

    [Fact]
    public async Task Add_ByOwnerWithAnyCaseAndSpaces_ListedWithNameEmailRoleAndJoinedAt()
    {
        var (ada, bob, _, workspaceId) = await GivenAdasWorkspaceAsync();
        Clock.Advance(TimeSpan.FromHours(1));

        var added = await Members.AddAsync(ada, workspaceId, "  BOB@Example.com ", WorkspaceRole.Viewer);

        Assert.Equal(new MemberSummary(bob, "bob", "bob@example.com", WorkspaceRole.Viewer, Now.UtcDateTime.AddHours(1), IsYou: false), added.Value);
        var list = (await Members.ListAsync(bob, workspaceId)).Value!;
        Assert.Equal([("ada", WorkspaceRole.Owner, false), ("bob", WorkspaceRole.Viewer, true)], list.Select(m => (m.Name, m.Role, m.IsYou)));
        Assert.Equal(WorkspaceRole.Viewer, (await Workspaces.OpenAsync(bob, workspaceId))!.Role);
    }

    [Theory]
    [InlineData("", "Enter the email address of the person to add.")]
    [InlineData("bob", "“bob” is not an email address. Write it like name@example.com.")]
    [InlineData("bob@example", "“bob@example” is not an email address. Write it like name@example.com.")]
    [InlineData("nobody@example.com", "No account uses this email. Ask them to sign up first, then add them here.")]
    public async Task Add_BadOrUnknownEmail_RefusedOnTheEmailField(string email, string message)
    {
        var (ada, _, _, workspaceId) = await GivenAdasWorkspaceAsync();

        var added = await Members.AddAsync(ada, workspaceId, email, WorkspaceRole.Editor);

        Assert.Equal(new Problem(ProblemKind.Invalid, message, "email"), added.Problem);
        Assert.Single((await Members.ListAsync(ada, workspaceId)).Value!);
    }

    [Fact]
    public async Task Add_AlreadyAMember_ConflictNamingTheirRole()
    {
        var (ada, _, _, workspaceId) = await GivenAdasWorkspaceAsync();
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Editor);

        var again = await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Owner);
        var self = await Members.AddAsync(ada, workspaceId, "ada@example.com", WorkspaceRole.Viewer);

        Assert.Equal(new Problem(ProblemKind.Conflict, "bob is already a member of this workspace, as an editor.", "email"), again.Problem);
        Assert.Equal(new Problem(ProblemKind.Conflict, "ada is already a member of this workspace, as an owner.", "email"), self.Problem);
        Assert.Equal([("ada", WorkspaceRole.Owner), ("bob", WorkspaceRole.Editor)], await RolesAsync(ada, workspaceId));
    }

    [Fact]
    public async Task Add_UndefinedRole_RefusedOnTheRoleField()
    {
        var (ada, _, _, workspaceId) = await GivenAdasWorkspaceAsync();

        var added = await Members.AddAsync(ada, workspaceId, "bob@example.com", (WorkspaceRole)7);

        Assert.Equal(new Problem(ProblemKind.Invalid, "Choose a role: Viewer, Editor or Owner.", "role"), added.Problem);
    }

    [Fact]
    public async Task EditorsAndViewers_CannotAddChangeOrRemoveOthers_StrangersFindNothing()
    {
        var (ada, bob, cy, workspaceId) = await GivenAdasWorkspaceAsync();
        var eve = await CreateUserAsync("eve");
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Editor);
        await Members.AddAsync(ada, workspaceId, "cy@example.com", WorkspaceRole.Viewer);

        foreach (var actor in new[] { bob, cy })
        {
            Assert.Equal(ProblemKind.Forbidden, (await Members.AddAsync(actor, workspaceId, "eve@example.com", WorkspaceRole.Viewer)).Problem?.Kind);
            Assert.Equal(ProblemKind.Forbidden, (await Members.ChangeRoleAsync(actor, workspaceId, actor, WorkspaceRole.Owner)).Problem?.Kind);
            Assert.Equal(ProblemKind.Forbidden, (await Members.RemoveAsync(actor, workspaceId, ada)).Problem?.Kind);
        }
        Assert.Equal(ProblemKind.NotFound, (await Members.ListAsync(eve, workspaceId)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Members.AddAsync(eve, workspaceId, "eve@example.com", WorkspaceRole.Owner)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Members.RemoveAsync(eve, workspaceId, eve)).Problem?.Kind);
        Assert.Equal(ProblemKind.NotFound, (await Members.ListAsync(ada, workspaceId + 1000)).Problem?.Kind);
        Assert.Equal([("ada", WorkspaceRole.Owner), ("bob", WorkspaceRole.Editor), ("cy", WorkspaceRole.Viewer)], await RolesAsync(ada, workspaceId));
    }

    [Fact]
    public async Task ChangeRole_ByOwner_TheMembersNextOpenSeesIt()
    {
        var (ada, bob, _, workspaceId) = await GivenAdasWorkspaceAsync();
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Viewer);

        var changed = await Members.ChangeRoleAsync(ada, workspaceId, bob, WorkspaceRole.Editor);

        Assert.Equal(WorkspaceRole.Editor, changed.Value?.Role);
        Assert.Equal(WorkspaceRole.Editor, (await Workspaces.OpenAsync(bob, workspaceId))!.Role);
        Assert.Equal(ProblemKind.NotFound, (await Members.ChangeRoleAsync(ada, workspaceId, Guid.NewGuid(), WorkspaceRole.Editor)).Problem?.Kind);
    }

    [Fact]
    public async Task LastOwner_CannotDemoteThemselvesOrLeave_UntilAnotherOwnerExists()
    {
        var (ada, bob, _, workspaceId) = await GivenAdasWorkspaceAsync();
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Editor);

        var demoted = await Members.ChangeRoleAsync(ada, workspaceId, ada, WorkspaceRole.Editor);
        var left = await Members.RemoveAsync(ada, workspaceId, ada);

        Assert.Equal(new Problem(ProblemKind.Conflict,
            "You are the only owner of this workspace, so you cannot change your role. Make another member an owner first.", "role"), demoted.Problem);
        Assert.Equal(new Problem(ProblemKind.Conflict,
            "You are the only owner of this workspace, so you cannot leave the workspace. Make another member an owner first."), left.Problem);
        Assert.True((await Members.ChangeRoleAsync(ada, workspaceId, ada, WorkspaceRole.Owner)).Succeeded);

        await Members.ChangeRoleAsync(ada, workspaceId, bob, WorkspaceRole.Owner);
        Assert.True((await Members.ChangeRoleAsync(ada, workspaceId, ada, WorkspaceRole.Viewer)).Succeeded);
        Assert.Equal([("bob", WorkspaceRole.Owner), ("ada", WorkspaceRole.Viewer)], await RolesAsync(bob, workspaceId));
    }

    [Fact]
    public async Task Remove_ByOwner_TheMemberLosesAccess_AndAnyMemberMayLeave()
    {
        var (ada, bob, cy, workspaceId) = await GivenAdasWorkspaceAsync();
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Editor);
        await Members.AddAsync(ada, workspaceId, "cy@example.com", WorkspaceRole.Viewer);

        Assert.True((await Members.RemoveAsync(ada, workspaceId, bob)).Succeeded);
        Assert.True((await Members.RemoveAsync(cy, workspaceId, cy)).Succeeded);

        Assert.Null(await Workspaces.OpenAsync(bob, workspaceId));
        Assert.Empty(await Workspaces.ListAsync(cy));
        Assert.Equal([("ada", WorkspaceRole.Owner)], await RolesAsync(ada, workspaceId));
        Assert.Equal(ProblemKind.NotFound, (await Members.RemoveAsync(ada, workspaceId, bob)).Problem?.Kind);
    }

    [Fact]
    public async Task Changes_RenewTheWorkspaceStamp()
    {
        var (ada, _, _, workspaceId) = await GivenAdasWorkspaceAsync();
        var before = await StampAsync(workspaceId);

        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Viewer);

        Assert.NotEqual(before, await StampAsync(workspaceId));
    }

    [Fact]
    public async Task TwoOwnersDemotingEachOtherAtOnce_OneOwnerRemains()
    {
        var (ada, bob, workspaceId) = await GivenTwoOwnersAsync();

        var results = await Task.WhenAll(
            Members.ChangeRoleAsync(ada, workspaceId, bob, WorkspaceRole.Editor),
            Members.ChangeRoleAsync(bob, workspaceId, ada, WorkspaceRole.Editor));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(1, await OwnerCountAsync(workspaceId));
    }

    protected async Task<int> OwnerCountAsync(int workspaceId)
    {
        await using var db = Database.CreateDbContext();
        return await db.WorkspaceMembers.CountAsync(m => m.WorkspaceId == workspaceId && m.Role == WorkspaceRole.Owner);
    }

    protected async Task<(Guid Ada, Guid Bob, int WorkspaceId)> GivenTwoOwnersAsync()
    {
        var (ada, bob, _, workspaceId) = await GivenAdasWorkspaceAsync();
        await Members.AddAsync(ada, workspaceId, "bob@example.com", WorkspaceRole.Owner);
        return (ada, bob, workspaceId);
    }

    protected MemberStore Store => Members;

    protected async Task<Guid> StampAsync(int workspaceId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.ConcurrencyStamp).SingleAsync();
    }
}

public sealed class SqliteMemberStoreTests : MemberStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMemberStoreTests(PostgresServer server) : MemberStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);

    /// <summary>
    /// Both demotions are started while another transaction holds the workspace row, and released only once both wait
    /// on it: each has then read two owners before the other wrote, the exact interleaving that would leave none.
    /// </summary>
    [Fact]
    public async Task TwoOwnersDemotingEachOther_StartedTogetherBehindALock_OneIsRefusedAndOneOwnerRemains()
    {
        var (ada, bob, workspaceId) = await GivenTwoOwnersAsync();
        await using var holder = Database.CreateDbContext();
        var hold = await holder.Database.BeginTransactionAsync();
        await holder.Database.ExecuteSqlAsync($"SELECT id FROM workspaces WHERE id = {workspaceId} FOR UPDATE");

        var adaDemotesBob = Store.ChangeRoleAsync(ada, workspaceId, bob, WorkspaceRole.Editor);
        var bobDemotesAda = Store.ChangeRoleAsync(bob, workspaceId, ada, WorkspaceRole.Editor);
        await WaitForLockWaitersAsync(2);
        await hold.RollbackAsync();
        var results = await Task.WhenAll(adaDemotesBob, bobDemotesAda);

        Assert.Single(results, r => r.Succeeded);
        var refused = Assert.Single(results, r => !r.Succeeded).Problem!;
        Assert.Equal(new Problem(ProblemKind.Forbidden, "Your role in this workspace does not allow you to change members' roles."), refused);
        Assert.Equal(1, await OwnerCountAsync(workspaceId));
    }

    [Fact]
    public async Task Rename_WhileAMembershipChangeRenewsTheStamp_ConflictInsteadOfAnException()
    {
        var (ada, _, workspaceId) = await GivenTwoOwnersAsync();
        var workspaces = new WorkspaceStore(Database, Clock);
        await using var holder = Database.CreateDbContext();
        var change = await holder.Database.BeginTransactionAsync();
        await holder.Database.ExecuteSqlAsync($"UPDATE workspaces SET concurrency_stamp = {Guid.NewGuid()} WHERE id = {workspaceId}");

        var rename = workspaces.RenameAsync(ada, workspaceId, "Renamed");
        await WaitForLockWaitersAsync(1);
        await change.CommitAsync();

        Assert.Equal(new Problem(ProblemKind.Conflict, "The workspace was changed at the same time. Try again.", "name"), (await rename).Problem);
        Assert.True((await workspaces.RenameAsync(ada, workspaceId, "Renamed")).Succeeded);
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        await using var db = Database.CreateDbContext();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await db.Database.SqlQuery<int>(
                   $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                   .SingleAsync() < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} transactions waited on the workspace row.");
            await Task.Delay(20);
        }
    }
}
