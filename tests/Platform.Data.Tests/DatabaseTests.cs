using Platform.Data.Identity;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Time;
using Platform.Tests.Shared;

namespace Platform.Data.Tests;

/// <summary>Each test gets its own freshly migrated database of the provider the concrete class picks.</summary>
public abstract class DatabaseTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    protected TestDatabase Database { get; private set; } = null!;

    protected ManualClock Clock { get; } = new(Now);

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();

    protected async Task<Guid> CreateUserAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        var user = new PlatformUser
        {
            Id = Guid.NewGuid(),
            UserName = $"{name}@example.com",
            NormalizedUserName = $"{name.ToUpperInvariant()}@EXAMPLE.COM",
            Email = $"{name}@example.com",
            NormalizedEmail = $"{name.ToUpperInvariant()}@EXAMPLE.COM",
            DisplayName = name,
            CreatedAt = Now.UtcDateTime,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    protected async Task AddMemberAsync(int workspaceId, Guid userId, WorkspaceRole role)
    {
        await using var db = Database.CreateDbContext();
        db.WorkspaceMembers.Add(new WorkspaceMember { WorkspaceId = workspaceId, UserId = userId, Role = role, JoinedAt = Now.UtcDateTime });
        await db.SaveChangesAsync();
    }
}
