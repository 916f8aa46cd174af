using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Tables;

namespace Platform.Data.Workspaces;

/// <summary>
/// A workspace's members: every member sees the list; owners add members by email, change roles and remove members;
/// anyone may leave. A workspace always keeps at least one owner.
/// </summary>
/// <remarks>
/// Every change first renews the workspace's concurrency stamp in its own transaction, and only then checks the actor's
/// role and counts owners. On PostgreSQL that update holds the workspace row's lock until commit, so membership changes
/// of one workspace run one at a time: a change that waited finds the stamp it read stale and starts again on what the
/// other committed (two owners demoting each other: the second is then refused). SQLite transactions start IMMEDIATE
/// and are serial anyway.
/// </remarks>
public sealed class MemberStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<Result<IReadOnlyList<MemberSummary>>> ListAsync(Guid userId, int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Workspace");
        var members = await Members(db, workspaceId, userId).ToListAsync(ct);
        return members.OrderByDescending(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Adds the account with this email as a member with <paramref name="role"/>. Owners only.</summary>
    public async Task<Result<MemberSummary>> AddAsync(Guid userId, int workspaceId, string? email, WorkspaceRole role, CancellationToken ct = default)
    {
        var address = email?.Trim() ?? "";
        if ((CheckEmail(address) ?? CheckRole(role)) is { } invalid)
            return invalid;
        return await ChangeAsync<MemberSummary>(userId, workspaceId, "add members", async db =>
        {
            var normalized = address.ToUpperInvariant();
            var account = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
                .Select(u => new { u.Id, u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
            if (account is null)
                return Problem.Invalid("No account uses this email. Ask them to sign up first, then add them here.", "email");
            if (await db.WorkspaceMembers.AsNoTracking().SingleOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.UserId == account.Id, ct) is { } existing)
                return Problem.Conflict($"{NameOf(account.DisplayName, account.Email)} is already a member of this workspace, as {Wording(existing.Role)}.", "email");
            db.WorkspaceMembers.Add(new WorkspaceMember { WorkspaceId = workspaceId, UserId = account.Id, Role = role, JoinedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            return await Members(db, workspaceId, userId, account.Id).SingleAsync(ct);
        }, ct);
    }

    /// <summary>Gives a member another role. Owners only; the last owner cannot be demoted.</summary>
    public async Task<Result<MemberSummary>> ChangeRoleAsync(
        Guid userId, int workspaceId, Guid memberId, WorkspaceRole role, CancellationToken ct = default)
    {
        if (CheckRole(role) is { } invalid)
            return invalid;
        return await ChangeAsync<MemberSummary>(userId, workspaceId, "change members' roles", async db =>
        {
            var member = await db.WorkspaceMembers.SingleOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.UserId == memberId, ct);
            if (member is null)
                return Problem.NotFound("Member");
            if (member.Role == WorkspaceRole.Owner && role != WorkspaceRole.Owner && await IsLastOwnerAsync(db, workspaceId, ct))
                return LastOwner("change your role", "role");
            member.Role = role;
            await db.SaveChangesAsync(ct);
            return await Members(db, workspaceId, userId, memberId).SingleAsync(ct);
        }, ct);
    }

    /// <summary>Removes a member: owners remove anyone, any member removes themselves (leaves). The last owner stays.</summary>
    public async Task<Result<Done>> RemoveAsync(Guid userId, int workspaceId, Guid memberId, CancellationToken ct = default) =>
        await ChangeAsync<Done>(userId, workspaceId, "remove members", async db =>
        {
            var member = await db.WorkspaceMembers.SingleOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.UserId == memberId, ct);
            if (member is null)
                return Problem.NotFound("Member");
            if (member.Role == WorkspaceRole.Owner && await IsLastOwnerAsync(db, workspaceId, ct))
                return LastOwner("leave the workspace", field: null);
            db.WorkspaceMembers.Remove(member);
            await db.SaveChangesAsync(ct);
            return new Done();
        }, ct, allowSelf: memberId == userId);

    /// <summary>
    /// Runs one membership change in one transaction after claiming the workspace (see the class remarks), and starts
    /// again when a concurrent change claimed it first. <paramref name="allowSelf"/> lets a non-owner act on themselves.
    /// </summary>
    private async Task<Result<T>> ChangeAsync<T>(
        Guid userId, int workspaceId, string action, Func<PlatformDbContext, Task<Result<T>>> change, CancellationToken ct, bool allowSelf = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            // Checked before the claim too, so a stranger never locks the workspace row.
            if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
                return Problem.NotFound("Workspace");
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await TryClaimAsync(db, workspaceId, ct))
            {
                if (attempt < Attempts)
                    continue;
                return Problem.Conflict("The members of this workspace were changed at the same time. Reload the list and try again.");
            }
            // After the claim: a concurrent change may have demoted or removed the actor.
            if (await RequireActorAsync(db, userId, workspaceId, action, allowSelf, ct) is { } refused)
                return refused;
            var result = await change(db);
            if (result.Succeeded)
                await transaction.CommitAsync(ct);
            return result;
        }
    }

    private static async Task<Problem?> RequireActorAsync(
        PlatformDbContext db, Guid userId, int workspaceId, string action, bool allowSelf, CancellationToken ct)
    {
        if (!allowSelf)
            return await db.RequireOwnerAsync(userId, workspaceId, action, ct);
        return await db.FindMembershipAsync(userId, workspaceId, ct) is null ? Problem.NotFound("Workspace") : null;
    }

    /// <summary>Renews the workspace's stamp; false when another transaction renewed it after we read it.</summary>
    private static async Task<bool> TryClaimAsync(PlatformDbContext db, int workspaceId, CancellationToken ct)
    {
        var workspace = await db.Workspaces.SingleOrDefaultAsync(w => w.Id == workspaceId, ct);
        if (workspace is null)
            return true; // the role check that follows says "not found"
        workspace.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static async Task<bool> IsLastOwnerAsync(PlatformDbContext db, int workspaceId, CancellationToken ct) =>
        await db.WorkspaceMembers.CountAsync(m => m.WorkspaceId == workspaceId && m.Role == WorkspaceRole.Owner, ct) <= 1;

    /// <summary>The workspace's members as <paramref name="userId"/> sees them; only <paramref name="only"/> when given.</summary>
    private static IQueryable<MemberSummary> Members(PlatformDbContext db, int workspaceId, Guid userId, Guid? only = null) =>
        db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && (only == null || m.UserId == only))
            .Join(db.Set<PlatformUser>(), m => m.UserId, u => u.Id, (m, u) =>
                new MemberSummary(m.UserId, u.DisplayName, u.Email ?? "", m.Role, m.JoinedAt, m.UserId == userId));

    private static Problem? CheckEmail(string address) =>
        address.Length == 0 ? Problem.Invalid("Enter the email address of the person to add.", "email")
        : !FieldText.IsEmail(address) ? Problem.Invalid($"“{address}” is not an email address. Write it like name@example.com.", "email")
        : null;

    private static Problem? CheckRole(WorkspaceRole role) =>
        Enum.IsDefined(role) ? null : Problem.Invalid("Choose a role: Viewer, Editor or Owner.", "role");

    // Only an owner changes an owner, so the last owner is always the one asking.
    private static Problem LastOwner(string yourAction, string? field) =>
        Problem.Conflict($"You are the only owner of this workspace, so you cannot {yourAction}. Make another member an owner first.", field);

    private static string NameOf(string displayName, string? email) => string.IsNullOrWhiteSpace(displayName) ? email ?? "" : displayName;

    /// <summary>A role as sentences name it: "an owner", "an editor", "a viewer".</summary>
    public static string Wording(WorkspaceRole role) => role switch
    {
        WorkspaceRole.Owner => "an owner",
        WorkspaceRole.Editor => "an editor",
        _ => "a viewer",
    };
}
