using CsvHelper;
using Platform.Data.Results;

namespace Platform.Web.Model.Database;

/// <summary>A CSV file read into its header and rows of text cells.</summary>
public sealed record CsvFile(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows)
{
    /// <summary>An import takes at most this many rows; larger files are refused with a message, not truncated.</summary>
    public const int MaxRows = 10_000;

    public static async Task<Result<CsvFile>> ReadAsync(TextReader text, CancellationToken ct = default)
    {
        await using var csv = CsvReader.Create(text, options: null, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(ct);
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            if (headers.Count == 0)
                return Problem.Invalid("The file is empty: a CSV import needs a header row naming the columns.", "file");
            if (headers.FindIndex(h => h.Length == 0) is >= 0 and var unnamed)
                return Problem.Invalid($"Column {unnamed + 1} of the header row has no name.", "file");
            var rows = new List<string[]>();
            while (await csv.ReadAsync(ct))
            {
                if (rows.Count == MaxRows)
                    return Problem.Invalid($"The file has more than {MaxRows:N0} rows. Split it into smaller files.", "file");
                rows.Add([.. Enumerable.Range(0, headers.Count).Select(i => i < csv.FieldCount ? csv.GetString(i) : "")]);
            }
            return new CsvFile(headers, rows);
        }
        catch (CsvFormatException exception)
        {
            return Problem.Invalid($"The file is not readable as CSV (record {exception.RecordNumber}): {exception.Message}", "file");
        }
    }
}
