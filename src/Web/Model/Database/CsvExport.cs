using CsvHelper;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>Writes records as CSV: id, created_at, then every field in the table's order, in the import's format.</summary>
public static class CsvExport
{
    public static IReadOnlyList<string> Header(TableDocument table) =>
        [CsvValues.IdColumn, CsvValues.CreatedAtColumn, .. table.Fields.Select(f => f.Name)];

    public static async Task<long> WriteAsync(TextWriter writer, TableDocument table, IAsyncEnumerable<XsObject> records, CancellationToken ct = default)
    {
        var header = Header(table);
        await using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteHeader([.. header]);
        long count = 0;
        await foreach (var record in records.WithCancellation(ct))
        {
            foreach (var name in header)
                WriteCell(csv, CsvValues.Write(record.Get(name)));
            await csv.EndRecordAsync(ct);
            count++;
        }
        await csv.FlushAsync(ct);
        return count;
    }

    /// <summary>An empty text is quoted (<c>""</c>) so that it reads back apart from null, an empty cell.</summary>
    private static void WriteCell(CsvWriter csv, string? text)
    {
        if (text is { Length: 0 })
            csv.WriteField(text, CsvQuoting.Always);
        else
            csv.WriteField(text);
    }

    public static string FileName(TableDocument table, string datasource) => $"{table.Name}-{datasource}.csv";
}
