using System.Text;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Formats;

/// <summary>The separator, enclosure and escape characters of a CSV dialect (PHP's str_getcsv / fputcsv).</summary>
public sealed record CsvDialect(char Separator = ',', char Enclosure = '"', char Escape = '"');

/// <summary>CSV text to rows of text fields and back, as PHP's str_getcsv and fputcsv do. Blank lines are skipped.</summary>
public static class CsvValues
{
    public static List<List<string>> Parse(string text, CsvDialect dialect)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == dialect.Escape && dialect.Escape != dialect.Enclosure && i + 1 < text.Length && text[i + 1] == dialect.Enclosure)
                    field.Append(text[++i]);
                else if (c == dialect.Enclosure && i + 1 < text.Length && text[i + 1] == dialect.Enclosure)
                    field.Append(text[++i]);
                else if (c == dialect.Enclosure)
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == dialect.Enclosure && field.Length == 0)
                (quoted, fieldStarted) = (true, true);
            else if (c == dialect.Separator)
            {
                row.Add(field.ToString());
                (field, fieldStarted) = (new StringBuilder(), true);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                EndRow(rows, ref row, field, fieldStarted);
                (field, fieldStarted) = (new StringBuilder(), false);
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }
        EndRow(rows, ref row, field, fieldStarted);
        return rows;
    }

    public static string Write(IEnumerable<IEnumerable<string>> rows, CsvDialect dialect)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(dialect.Separator, row.Select(field => Quote(field, dialect)));
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static void EndRow(List<List<string>> rows, ref List<string> row, StringBuilder field, bool fieldStarted)
    {
        if (row.Count > 0 || fieldStarted || field.Length > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        row = [];
    }

    // fputcsv encloses a field holding the separator, the enclosure, the escape, a space, a tab or a line break.
    private static string Quote(string field, CsvDialect dialect)
    {
        var needs = field.Any(c => c == dialect.Separator || c == dialect.Enclosure || c == dialect.Escape || c is ' ' or '\t' or '\r' or '\n');
        if (!needs)
            return field;
        var doubled = field.Replace(dialect.Enclosure.ToString(), new string(dialect.Enclosure, 2), StringComparison.Ordinal);
        return dialect.Enclosure + doubled + dialect.Enclosure;
    }

    /// <summary>A cell's text: numbers, booleans and null as <c>|to_text</c> writes them.</summary>
    public static string Cell(XsValue value) => ValueConversions.ToText(value);
}
