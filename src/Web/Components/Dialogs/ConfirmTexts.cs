using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Work;
using Platform.Web.Model;
using Platform.Web.Model.Database;

namespace Platform.Web.Components.Dialogs;

/// <summary>What each destructive action says before it runs: always what goes, and how many records.</summary>
public static class ConfirmTexts
{
    public static string Records(long count) => Counted.Of(count, "record");

    public static string RemoveMember(MemberSummary member) =>
        $"Remove {member.Name} ({member.Email}) from this workspace? They lose access to its tasks, data and runs at once. You can add them again later.";

    public static string LeaveWorkspace(string workspace) =>
        $"Leave “{workspace}”? You lose access to its tasks, data and runs. An owner can add you again.";

    public static string DeleteTable(TableDocument table)
    {
        var perDatasource = table.RecordCounts.Where(c => c.Records > 0).Select(c => $"{c.Datasource}: {c.Records:N0}").ToList();
        var detail = perDatasource.Count == 0 ? "" : $" ({string.Join(", ", perDatasource)})";
        return table.TotalRecords == 0
            ? $"Delete the table “{table.Name}”? It has no records. This cannot be undone."
            : $"Delete the table “{table.Name}” and its {Records(table.TotalRecords)}{detail} in every datasource? This cannot be undone.";
    }

    public static string DeleteRecord(TableDocument table, long id, DatasourceInfo datasource) =>
        $"Delete record #{id} of “{table.Name}” in the {datasource.Name} datasource? This cannot be undone.";

    public static string DropField(DropFieldPlan plan) => plan.RecordsWithValue == 0
        ? $"Drop the field “{plan.Field}”? No record holds a value for it."
        : $"Drop the field “{plan.Field}”? {Records(plan.RecordsWithValue)} {(plan.RecordsWithValue == 1 ? "holds" : "hold")} a value for it and would lose it. This cannot be undone.";

    public static string TypeChange(TypeChangePlan plan)
    {
        var examples = string.Join(", ", plan.Examples.Select(e => $"{e.Datasource} #{e.RecordId}: {CsvValues.Abbreviate(e.ValueJson)}"));
        return $"Changing “{plan.Field}” from {plan.From} to {plan.To} converts {Records(plan.Converted)}, but {Records(plan.Lost)} cannot convert and would lose their value (set to null)"
            + (examples.Length > 0 ? $", for example {examples}." : ".") + " Apply the change anyway?";
    }

    public static string RemoveDatasource(DatasourceSummary datasource) => datasource.Records == 0
        ? $"Remove the datasource “{datasource.Name}”? It holds no records."
        : $"Remove the datasource “{datasource.Name}” and its {Records(datasource.Records)}? This cannot be undone.";

    public static string CopyLiveToTest(long liveRecords, long testRecords) =>
        $"Replace the {Records(testRecords)} of test with a copy of the {Records(liveRecords)} of live? The current test data is deleted.";

    public static string ClearTest(long testRecords) =>
        $"Delete all {Records(testRecords)} of the test datasource? Live data is not touched.";

    public static string ImportValidRows(CsvImportReport report, string datasource) =>
        $"Import the {CsvImportReport.Rows(report.ValidRecords.Count)} that are valid into {datasource}, and skip the {CsvImportReport.Rows(report.InvalidRows)} with problems?";

    public static string CancelRun(RunSummary run) => run.State == RunState.Queued.Name()
        ? $"Cancel run #{run.Id} of “{run.TaskName}”? It has not started and will not start."
        : $"Cancel run #{run.Id} of “{run.TaskName}”? It stops at its next step; what it already wrote to the database stays.";
}
