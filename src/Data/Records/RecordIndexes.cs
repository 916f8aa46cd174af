using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Data.Model;
using Platform.Data.Records.Sql;
using Platform.Data.Tables;

namespace Platform.Data.Records;

/// <summary>
/// Expression indexes on the records of a table, one per indexed or unique field: partial on the table's id,
/// leading with the datasource, over exactly the expression the query translator reads the field with (so the
/// planner uses it). A unique field's index is unique per datasource.
/// </summary>
public static class RecordIndexes
{
    private const string Prefix = "ix_records_f_";

    /// <summary>
    /// The index name of a field: <c>ix_records_f_&lt;table id&gt;_&lt;field id&gt;_&lt;signature&gt;</c>. The signature
    /// changes with what the index is over (the field's name, how it is read, uniqueness), so a sync rebuilds only
    /// the indexes whose field changed. The prefix names the field in unique-violation messages.
    /// </summary>
    public static string NameOf(int tableId, TableField field) => FieldPrefix(tableId, field) + Signature(field);

    internal static string FieldPrefix(int tableId, TableField field) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{tableId}_{field.Id}_");

    private static string Signature(TableField field)
    {
        var what = $"{field.Name}\n{TableSchema.KindOf(field)}\n{field.IsUnique}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..10];
    }

    /// <summary>Creates the indexes the table's fields ask for and drops the ones they no longer do. Call after every schema change.</summary>
    public static async Task SyncAsync(PlatformDbContext db, WorkspaceTable table, CancellationToken ct)
    {
        var dialect = RecordSession.DialectOf(db);
        var wanted = table.Fields.Where(f => f.IsIndexed || f.IsUnique).ToDictionary(f => NameOf(table.Id, f), StringComparer.Ordinal);
        var existing = await ExistingAsync(db, dialect, table.Id, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var name in existing.Where(name => !wanted.ContainsKey(name)))
                await ExecuteAsync(db, "DROP INDEX IF EXISTS " + name, ct);
            foreach (var (name, field) in wanted.Where(w => !existing.Contains(w.Key)))
                await ExecuteAsync(db, CreateSql(dialect, table.Id, field), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(PlatformDbContext db, string sql, CancellationToken ct)
    {
        var statement = new SqlStatement().Append(sql);
        await using var command = statement.CreateCommand(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
        await command.ExecuteNonQueryAsync(ct);
    }

    internal static string CreateSql(SqlDialect dialect, int tableId, TableField field)
    {
        var expression = dialect.Field(SqlDialect.Data, [field.Name], TableSchema.KindOf(field));
        var unique = field.IsUnique ? "UNIQUE " : "";
        // Field names reach this text only as quoted literals inside the expression (SqlDialect.Literal).
        return $"CREATE {unique}INDEX {NameOf(tableId, field)} ON records (datasource_id, ({expression})) WHERE table_id = {tableId.ToString(CultureInfo.InvariantCulture)}";
    }

    internal static async Task<List<string>> ExistingAsync(PlatformDbContext db, SqlDialect dialect, int tableId, CancellationToken ct)
    {
        var pattern = Prefix + tableId.ToString(CultureInfo.InvariantCulture) + "_%";
        var query = dialect is PostgresDialect
            ? db.Database.SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'records' AND indexname LIKE {pattern}")
            : db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND name LIKE {pattern}");
        // '_' is a LIKE wildcard: keep only exact prefixes.
        return [.. (await query.ToListAsync(ct)).Where(n => n.StartsWith(Prefix + tableId.ToString(CultureInfo.InvariantCulture) + "_", StringComparison.Ordinal))];
    }
}
