using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Engine.Language.Binding;

namespace Platform.Data.Tables;

/// <summary>
/// A workspace's tables and fields as the engine's analyzer and completion see them (<see cref="IWorkspaceSchema"/>):
/// read-only, in two queries (tables with their fields; environment variable names). Every table lists <c>id</c> and
/// <c>created_at</c> first, then its fields in order.
/// </summary>
public sealed class WorkspaceSchemaLoader(IDbContextFactory<PlatformDbContext> contexts)
{
    /// <summary>The schema as a member sees it; a workspace the user is not a member of is not found.</summary>
    public async Task<Result<StaticWorkspaceSchema>> LoadAsync(Guid userId, int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.FindMembershipAsync(userId, workspaceId, ct) is null)
            return Problem.NotFound("Workspace");
        return await ReadAsync(db, workspaceId, ct);
    }

    /// <summary>The schema for the engine itself (a run already belongs to its workspace).</summary>
    public async Task<IWorkspaceSchema> LoadAsync(int workspaceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReadAsync(db, workspaceId, ct);
    }

    private static async Task<StaticWorkspaceSchema> ReadAsync(PlatformDbContext db, int workspaceId, CancellationToken ct)
    {
        var tables = await db.Tables.AsNoTracking()
            .Where(t => t.WorkspaceId == workspaceId)
            .OrderBy(t => t.NameKey)
            .Select(t => new
            {
                t.Name,
                t.Description,
                Fields = t.Fields.OrderBy(f => f.Position).Select(f => new
                {
                    f.Name,
                    f.Type,
                    f.IsList,
                    f.Description,
                    Reference = db.Tables.Where(r => r.Id == f.ReferenceTableId).Select(r => r.Name).FirstOrDefault(),
                }).ToList(),
            })
            .ToListAsync(ct);
        var variables = await db.WorkspaceVariables.AsNoTracking().Where(v => v.WorkspaceId == workspaceId).Select(v => v.Name).ToListAsync(ct);
        variables.Sort(StringComparer.Ordinal);
        return new StaticWorkspaceSchema(tables.Select(t => new TableInfo(
            t.Name,
            [
                new FieldInfo("id", "int", "The record's id, from 1 in each datasource."),
                new FieldInfo("created_at", "timestamp", "When the record was added."),
                .. t.Fields.Select(f => new FieldInfo(f.Name, TypeName(f.Type, f.IsList), f.Description ?? ReferenceNote(f.Reference))),
            ],
            t.Description)), variables);
    }

    /// <summary>The type as a script declares it: a reference holds the other table's id, an int.</summary>
    private static string TypeName(FieldType type, bool isList) =>
        new FieldShape(type == FieldType.Reference ? FieldType.Int : type, isList, []).TypeName;

    private static string? ReferenceNote(string? table) => table is null ? null : $"The id of a record of '{table}'.";
}
