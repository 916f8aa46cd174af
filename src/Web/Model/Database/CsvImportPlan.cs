using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>Which field a CSV column fills; <see cref="Field"/> null skips the column.</summary>
public sealed record ColumnMapping(int Column, string Header, string? Field);

/// <summary>What is wrong with one row of an import: the row (1 = first data row), the field, and why.</summary>
public sealed record RowProblem(int Row, string? Field, string Message);

/// <summary>The records a mapped CSV file gives, and the problems found while reading its cells.</summary>
public sealed record CsvImportRows(IReadOnlyList<XsObject> Records, IReadOnlyList<RowProblem> Problems)
{
    public IReadOnlySet<int> RowsWithProblems => Problems.Select(p => p.Row).ToHashSet();
}

/// <summary>Maps CSV columns to a table's fields and turns the rows into records.</summary>
public static class CsvImportPlan
{
    /// <summary>The fields a column can fill: created_at and the table's fields (ids are always given by the table).</summary>
    public static IReadOnlyList<string> Targets(TableDocument table) =>
        [CsvValues.CreatedAtColumn, .. table.Fields.Select(f => f.Name)];

    /// <summary>Each column filled by the field of the same name (any case), if there is one; id is skipped.</summary>
    public static IReadOnlyList<ColumnMapping> AutoMap(IReadOnlyList<string> headers, TableDocument table)
    {
        var targets = Targets(table);
        var used = new HashSet<string>(StringComparer.Ordinal);
        return [.. headers.Select((header, column) =>
        {
            var field = targets.FirstOrDefault(t => string.Equals(t, header.Trim(), StringComparison.OrdinalIgnoreCase));
            return new ColumnMapping(column, header, field is not null && used.Add(field) ? field : null);
        })];
    }

    /// <summary>Refuses a mapping that fills one field from two columns, or fills nothing at all.</summary>
    public static Problem? Check(IReadOnlyList<ColumnMapping> mapping)
    {
        var twice = mapping.Where(m => m.Field is not null).GroupBy(m => m.Field).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return Problem.Invalid($"The columns {string.Join(" and ", twice.Select(m => $"'{m.Header}'"))} both fill the field '{twice.Key}'. Map one of them to another field or skip it.", "mapping");
        return mapping.Any(m => m.Field is not null)
            ? null
            : Problem.Invalid("No column is mapped to a field, so there is nothing to import.", "mapping");
    }

    /// <summary>The records of the file under the mapping; cells that cannot be a field's value are reported per row.</summary>
    public static CsvImportRows Build(CsvFile file, IReadOnlyList<ColumnMapping> mapping, TableDocument table)
    {
        var records = new List<XsObject>(file.Rows.Count);
        var problems = new List<RowProblem>();
        for (var r = 0; r < file.Rows.Count; r++)
        {
            var builder = new XsObject.Builder();
            foreach (var column in mapping.Where(m => m.Field is not null))
            {
                var (type, isList) = column.Field == CsvValues.CreatedAtColumn
                    ? (FieldType.Timestamp, false)
                    : table.FindField(column.Field!) is { } f ? (f.Type, f.IsList) : (FieldType.Text, false);
                var cell = column.Column < file.Rows[r].Length ? file.Rows[r][column.Column] : null;
                var (value, error) = CsvValues.Read(type, isList, cell);
                if (error is not null)
                    problems.Add(new RowProblem(r + 1, column.Field, $"The field '{column.Field}' {error} (column '{column.Header}')."));
                else if (!value.IsNull || column.Field != CsvValues.CreatedAtColumn)
                    builder.Set(column.Field!, value);
            }
            records.Add(builder.ToObject());
        }
        return new CsvImportRows(records, problems);
    }
}
