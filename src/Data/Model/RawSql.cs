using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Data.Model;

/// <summary>
/// Reads rows from hand-written SQL on the context's connection and transaction. Every interpolated value becomes a
/// parameter (<c>@p0</c>, <c>@p1</c>…), exactly as EF's <c>ExecuteSqlAsync</c> does for writes.
/// </summary>
internal static class RawSql
{
    public static async Task<long> CountAsync(this PlatformDbContext db, FormattableString sql, CancellationToken ct)
    {
        await using var command = await CreateCommandAsync(db, sql, ct);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> ReadAsync<T>(
        this PlatformDbContext db, FormattableString sql, Func<DbDataReader, T> row, CancellationToken ct)
    {
        await using var command = await CreateCommandAsync(db, sql, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(row(reader));
        return rows;
    }

    private static async Task<DbCommand> CreateCommandAsync(PlatformDbContext db, FormattableString sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = new object[sql.ArgumentCount];
        for (var i = 0; i < sql.ArgumentCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = sql.GetArgument(i) ?? DBNull.Value;
            command.Parameters.Add(parameter);
            names[i] = parameter.ParameterName;
        }
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql.Format, names);
        return command;
    }
}
