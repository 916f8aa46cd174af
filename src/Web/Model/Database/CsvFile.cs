using System.Text;
using CsvHelper;
using Platform.Data.Results;

namespace Platform.Web.Model.Database;

/// <summary>
/// A CSV file read into its header and rows of cells. A cell is null when it is empty and "" when it is a quoted
/// empty cell (<c>""</c>), so an empty text survives an export and import apart from null.
/// </summary>
public sealed record CsvFile(IReadOnlyList<string> Headers, IReadOnlyList<string?[]> Rows)
{
    /// <summary>An import takes at most this many rows; larger files are refused with a message, not truncated.</summary>
    public const int MaxRows = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads an uploaded file: UTF-8 (with or without a byte order mark), or UTF-16 with one.</summary>
    public static async Task<Result<CsvFile>> ReadAsync(Stream file, CancellationToken ct = default)
    {
        using var reader = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return await ReadAsync(reader, ct);
        }
        catch (DecoderFallbackException)
        {
            // Read as UTF-8, a file saved in a legacy code page would import its accented letters as '�'.
            return Problem.Invalid("The file is not UTF-8 text (Excel's \"CSV\" format saves another encoding). Save it as \"CSV UTF-8\" and choose it again.", "file");
        }
    }

    public static async Task<Result<CsvFile>> ReadAsync(TextReader text, CancellationToken ct = default)
    {
        CsvMalformedRecord? malformed = null;
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            // A stray quote inside a cell (5" screen) is read as text; other quoting mistakes would change or swallow cells.
            OnMalformedRecord = record => malformed ??= record.Reason == CsvMalformedReason.StrayQuote ? null : record,
        };
        await using var csv = CsvReader.Create(text, options, leaveOpen: true);
        try
        {
            await csv.ReadHeaderAsync(ct);
            if (Malformed(malformed) is { } badHeader)
                return badHeader;
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            if (headers.Count == 0)
                return Problem.Invalid("The file is empty: a CSV import needs a header row naming the columns.", "file");
            if (headers.FindIndex(h => h.Length == 0) is >= 0 and var unnamed)
                return Problem.Invalid($"Column {unnamed + 1} of the header row has no name.", "file");
            var rows = new List<string?[]>();
            while (await csv.ReadAsync(ct))
            {
                if (Malformed(malformed) is { } bad)
                    return bad;
                // A short row is read with empty cells, as spreadsheets write rows whose last cells are empty; a long
                // row would silently lose cells.
                if (csv.FieldCount > headers.Count)
                    return Problem.Invalid($"Line {csv.LineNumber} has {csv.FieldCount} cells, but the header row names {headers.Count} columns. Check for an extra separator or a quote missing around a cell on that line.", "file");
                if (rows.Count == MaxRows)
                    return Problem.Invalid($"The file has more than {MaxRows:N0} rows. Split it into smaller files.", "file");
                rows.Add([.. Enumerable.Range(0, headers.Count).Select(i => Cell(csv, i))]);
            }
            return rows.Count == 0
                ? Problem.Invalid("The file has a header row but no rows under it: there is nothing to import.", "file")
                : new CsvFile(headers, rows);
        }
        catch (CsvFormatException exception)
        {
            return Problem.Invalid($"The file is not readable as CSV (record {exception.RecordNumber}): {exception.Message}", "file");
        }
    }

    /// <summary>The cell's text; null for an empty cell, "" for a quoted empty one.</summary>
    private static string? Cell(CsvReader csv, int index)
    {
        var value = csv.GetString(index);
        return value.Length > 0 || csv.GetRawSpan(index).SequenceEqual("\"\""u8) ? value : null;
    }

    private static Problem? Malformed(CsvMalformedRecord? record) => record is not { } bad ? null : bad.Reason switch
    {
        CsvMalformedReason.UnterminatedQuote =>
            Problem.Invalid($"Line {bad.LineNumber}: a quoted cell is never closed, so the rest of the file would be read into it. Add the missing closing quote (\").", "file"),
        CsvMalformedReason.TextAfterClosingQuote =>
            Problem.Invalid($"Line {bad.LineNumber}: text follows the closing quote of a cell. Inside a quoted cell, write a quote twice (\"\").", "file"),
        _ => Problem.Invalid($"Line {bad.LineNumber} is not valid CSV ({bad.Reason}).", "file"),
    };
}
