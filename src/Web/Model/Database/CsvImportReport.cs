using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Web.Model.Database;

/// <summary>
/// The outcome of a dry run: per row and field what is wrong. Nothing is imported while it has problems, unless the
/// user chooses to import only the valid rows.
/// </summary>
public sealed record CsvImportReport(int TotalRows, IReadOnlyList<RowProblem> Problems, IReadOnlyList<XsObject> ValidRecords)
{
    public int InvalidRows => Problems.Select(p => p.Row).Distinct().Count();

    public bool IsClean => Problems.Count == 0;

    public string Summary => IsClean
        ? TotalRows == 1 ? "The row is valid." : $"All {TotalRows:N0} rows are valid."
        : $"{InvalidRows:N0} of {Rows(TotalRows)} cannot be imported; {ValidRecords.Count:N0} can.";

    /// <summary>
    /// Combines problems found reading cells with the record store's verdict on each remaining row, and finds rows that
    /// repeat an earlier row's value of a unique field (each row alone passes the store, the import together would not).
    /// </summary>
    public static CsvImportReport Combine(CsvImportRows rows, IReadOnlyList<Problem?> storeVerdicts, TableDocument table)
    {
        var problems = rows.Problems.ToList();
        var withCellProblems = rows.RowsWithProblems;
        var unique = table.Fields.Where(f => f.IsUnique).Select(f => f.Name).ToList();
        var firstRowOf = unique.ToDictionary(field => field, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        var valid = new List<XsObject>();
        for (var i = 0; i < rows.Records.Count; i++)
        {
            var row = i + 1;
            if (withCellProblems.Contains(row))
                continue;
            if (i < storeVerdicts.Count && storeVerdicts[i] is { } problem)
                problems.Add(new RowProblem(row, problem.Field, problem.Message));
            else if (RepeatedUniqueValue(rows.Records[i], row, unique, firstRowOf) is { } repeated)
                problems.Add(repeated);
            else
                valid.Add(rows.Records[i]);
        }
        return new CsvImportReport(rows.Records.Count, [.. problems.OrderBy(p => p.Row)], valid);
    }

    private static RowProblem? RepeatedUniqueValue(XsObject record, int row, List<string> unique, Dictionary<string, Dictionary<string, int>> firstRowOf)
    {
        foreach (var field in unique)
        {
            var value = record.Get(field);
            if (value.IsNull)
                continue;
            var key = JsonValues.Serialize(value);
            if (firstRowOf[field].TryGetValue(key, out var first))
                return new RowProblem(row, field, $"The field '{field}' is unique, and row {first:N0} of this file already has {key} for it.");
            firstRowOf[field][key] = row;
        }
        return null;
    }

    public static string Rows(long count) => Counted.Of(count, "row");
}
