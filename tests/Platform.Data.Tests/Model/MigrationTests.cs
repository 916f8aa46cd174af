using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Providers;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Model;

public abstract class MigrationTests : DatabaseTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndMatchesTheModel()
    {
        await using var db = Database.CreateDbContext();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run tools/add-migration.sh.");
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal(0, await db.Workspaces.CountAsync());
    }

    [Fact]
    public async Task Migrate_AgainOnAPopulatedDatabase_KeepsTheData()
    {
        var userId = await CreateUserAsync("ada");

        await using (var db = Database.CreateDbContext())
            await db.Database.MigrateAsync();

        await using var check = Database.CreateDbContext();
        Assert.True(await check.Users.AnyAsync(u => u.Id == userId));
    }

    [Fact]
    public async Task Entities_SavedAndReadInANewContext_RoundTripEveryColumn()
    {
        var userId = await CreateUserAsync("grace");
        var created = Now.UtcDateTime;
        int workspaceId, taskId;
        await using (var db = Database.CreateDbContext())
        {
            var workspace = new Workspace { Name = "Acme", CreatedAt = created, CreatedById = userId };
            workspace.Datasources.AddRange(Datasource.BuiltIns(created));
            workspace.Members.Add(new WorkspaceMember { UserId = userId, Role = WorkspaceRole.Editor, JoinedAt = created });
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync();
            workspace.Members[0].SelectedDatasourceId = workspace.Datasources.Single(d => d.Name == Datasource.Test).Id;
            var task = new TaskDefinition
            {
                WorkspaceId = workspace.Id,
                Name = "Nightly Cleanup",
                Script = "task \"Nightly Cleanup\" {\n  stack {\n  }\n}\n",
                Description = "Deletes expired sessions — ünïcödé",
                IsActive = false,
                DatasourceName = Datasource.Test,
                Tags = ["maintenance", "nightly"],
                CreatedAt = created,
                CreatedById = userId,
                UpdatedAt = created.AddMinutes(5),
                UpdatedById = userId,
            };
            db.Tasks.Add(task);
            (await db.Users.SingleAsync(u => u.Id == userId)).LastWorkspaceId = workspace.Id;
            await db.SaveChangesAsync();
            (workspaceId, taskId) = (workspace.Id, task.Id);
        }

        await using var read = Database.CreateDbContext();
        var user = await read.Users.SingleAsync(u => u.Id == userId);
        Assert.Equal(("grace", workspaceId, DateTimeKind.Utc), (user.DisplayName, user.LastWorkspaceId!.Value, user.CreatedAt.Kind));
        var savedWorkspace = await read.Workspaces.Include(w => w.Members).Include(w => w.Datasources).SingleAsync(w => w.Id == workspaceId);
        Assert.Equal("Acme", savedWorkspace.Name);
        Assert.Equal(created, savedWorkspace.CreatedAt);
        Assert.Equal([Datasource.Live, Datasource.Test], savedWorkspace.Datasources.OrderBy(d => d.Id).Select(d => d.Name));
        var member = Assert.Single(savedWorkspace.Members);
        Assert.Equal(WorkspaceRole.Editor, member.Role);
        Assert.Equal(savedWorkspace.Datasources.Single(d => d.Name == Datasource.Test).Id, member.SelectedDatasourceId);
        var savedTask = await read.Tasks.SingleAsync(t => t.Id == taskId);
        Assert.Equal("Nightly Cleanup", savedTask.Name);
        Assert.Equal("NIGHTLY CLEANUP", savedTask.NameKey);
        Assert.Equal("Deletes expired sessions — ünïcödé", savedTask.Description);
        Assert.False(savedTask.IsActive);
        Assert.Equal(Datasource.Test, savedTask.DatasourceName);
        Assert.Equal(["maintenance", "nightly"], savedTask.Tags);
        Assert.Equal(created.AddMinutes(5), savedTask.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, savedTask.UpdatedAt.Kind);
    }

    [Fact]
    public async Task IdentityTables_ClaimsLoginsAndTokens_RoundTrip()
    {
        var userId = await CreateUserAsync("linus");
        await using (var db = Database.CreateDbContext())
        {
            db.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = userId, ClaimType = "team", ClaimValue = "core" });
            db.UserLogins.Add(new IdentityUserLogin<Guid> { UserId = userId, LoginProvider = "github", ProviderKey = "42", ProviderDisplayName = "GitHub" });
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = userId, LoginProvider = "github", Name = "refresh", Value = "secret" });
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateDbContext();
        var claim = await read.UserClaims.SingleAsync(c => c.UserId == userId);
        Assert.Equal(("team", "core"), (claim.ClaimType, claim.ClaimValue));
        Assert.Equal("GitHub", (await read.UserLogins.SingleAsync(l => l.UserId == userId)).ProviderDisplayName);
        Assert.Equal("secret", (await read.UserTokens.SingleAsync(t => t.UserId == userId)).Value);
    }

    [Fact]
    public async Task TaskNames_SameNameInAnotherCase_RejectedByTheDatabase()
    {
        var userId = await CreateUserAsync("alan");
        await using var db = Database.CreateDbContext();
        var workspace = new Workspace { Name = "W", CreatedAt = Now.UtcDateTime, CreatedById = userId };
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync();
        db.Tasks.Add(new TaskDefinition { WorkspaceId = workspace.Id, Name = "report", Script = "" });
        db.Tasks.Add(new TaskDefinition { WorkspaceId = workspace.Id, Name = "REPORT", Script = "" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteMigrationTests : MigrationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();

    [Fact]
    public async Task Migrate_NoFolderForTheDatabaseFile_CreatesIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"platform-test-{Guid.NewGuid():N}", "App_Data");
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={folder}/platform.db" };
        try
        {
            SqlitePlatformDbContext.EnsureFolderExists(options.ConnectionString);
            await using var db = PlatformDbContextFactory.Build(options)();
            await db.Database.MigrateAsync();
            Assert.True(File.Exists(Path.Combine(folder, "platform.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
