using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;

namespace Platform.Data.Tables;

/// <summary>Reads tables as documents: fields in order, reference names, and record counts per datasource.</summary>
internal static class TableDocuments
{
    public static async Task<TableDocument?> FindAsync(PlatformDbContext db, int workspaceId, int tableId, CancellationToken ct)
    {
        var table = await db.Tables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tableId && t.WorkspaceId == workspaceId, ct);
        return table is null ? null : (await ReadAsync(db, workspaceId, [table], ct)).Single();
    }

    public static async Task<IEnumerable<TableDocument>> ReadAsync(
        PlatformDbContext db, int workspaceId, IReadOnlyList<WorkspaceTable> tables, CancellationToken ct)
    {
        var ids = tables.Select(t => t.Id).ToList();
        var datasources = await db.Datasources.AsNoTracking().Where(d => d.WorkspaceId == workspaceId)
            .OrderByDescending(d => d.IsBuiltIn).ThenBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var counts = await db.Records.Where(r => ids.Contains(r.TableId))
            .GroupBy(r => new { r.TableId, r.DatasourceId })
            .Select(g => new { g.Key.TableId, g.Key.DatasourceId, Count = g.LongCount() })
            .ToListAsync(ct);
        var names = await db.Tables.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return tables.Select(table => new TableDocument(
            table.Id,
            table.WorkspaceId,
            table.Name,
            table.Description,
            [.. table.Fields.OrderBy(f => f.Position).Select(f => Describe(f, names))],
            [.. datasources.Select(d => new DatasourceRecordCount(
                d.Id, d.Name, counts.FirstOrDefault(c => c.TableId == table.Id && c.DatasourceId == d.Id)?.Count ?? 0))],
            table.UpdatedAt,
            table.ConcurrencyStamp));
    }

    private static FieldDefinition Describe(TableField field, Dictionary<int, string> tableNames) => new(
        field.Id, field.Name, field.Type, field.IsList, field.IsNullable, field.IsRequired, field.DefaultJson, field.IsUnique,
        field.IsIndexed, [.. field.EnumValues], field.ReferenceTableId,
        field.ReferenceTableId is { } id ? tableNames.GetValueOrDefault(id) : null, field.Position, field.Description);
}
