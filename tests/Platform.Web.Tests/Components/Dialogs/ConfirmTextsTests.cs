using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Values;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Database;

namespace Platform.Web.Tests.Components.Dialogs;

public sealed class ConfirmTextsTests
{
    [Fact]
    public void DeleteTable_StatesTheRecordCountPerDatasource()
    {
        var table = Table([new(1, "live", 1200), new(2, "test", 0), new(3, "staging", 1)]);

        Assert.Equal(
            "Delete the table “orders” and its 1,201 records (live: 1,200, staging: 1) in every datasource? This cannot be undone.",
            ConfirmTexts.DeleteTable(table));
    }

    [Fact]
    public void DeleteTable_Empty_SaysSo()
    {
        Assert.Equal("Delete the table “orders”? It has no records. This cannot be undone.", ConfirmTexts.DeleteTable(Table([new(1, "live", 0)])));
    }

    [Fact]
    public void DeleteRecord_NamesIdTableAndDatasource()
    {
        Assert.Equal("Delete record #7 of “orders” in the test datasource? This cannot be undone.",
            ConfirmTexts.DeleteRecord(Table([]), 7, new DatasourceInfo(2, "test", true)));
    }

    [Fact]
    public void DropField_StatesHowManyRecordsLoseTheirValue()
    {
        Assert.Equal("Drop the field “note”? 1 record holds a value for it and would lose it. This cannot be undone.",
            ConfirmTexts.DropField(new DropFieldPlan("note", 1)));
        Assert.Equal("Drop the field “note”? 3 records hold a value for it and would lose it. This cannot be undone.",
            ConfirmTexts.DropField(new DropFieldPlan("note", 3)));
        Assert.Equal("Drop the field “note”? No record holds a value for it.", ConfirmTexts.DropField(new DropFieldPlan("note", 0)));
    }

    [Fact]
    public void TypeChange_StatesConvertedLostAndExamples()
    {
        var plan = new TypeChangePlan("qty", "text", "int", 40, 2, [new LostValue("live", 3, "\"a dozen\""), new LostValue("test", 9, "\"n/a\"")]);

        Assert.Equal(
            "Changing “qty” from text to int converts 40 records, but 2 records cannot convert and would lose their value (set to null), for example live #3: \"a dozen\", test #9: \"n/a\". Apply the change anyway?",
            ConfirmTexts.TypeChange(plan));
    }

    [Fact]
    public void Datasources_StateCounts()
    {
        Assert.Equal("Remove the datasource “staging” and its 12 records? This cannot be undone.",
            ConfirmTexts.RemoveDatasource(new DatasourceSummary(3, "staging", false, 12)));
        Assert.Equal("Replace the 5 records of test with a copy of the 1,000 records of live? The current test data is deleted.",
            ConfirmTexts.CopyLiveToTest(1000, 5));
        Assert.Equal("Delete all 1 record of the test datasource? Live data is not touched.", ConfirmTexts.ClearTest(1));
    }

    [Fact]
    public void ImportValidRows_StatesWhatIsImportedAndSkipped()
    {
        var report = new CsvImportReport(3, [new RowProblem(2, "price", "bad")], [XsObject.Empty, XsObject.Empty]);

        Assert.Equal("Import the 2 rows that are valid into test, and skip the 1 row with problems?", ConfirmTexts.ImportValidRows(report, "test"));
    }

    private static TableDocument Table(IReadOnlyList<DatasourceRecordCount> counts) => new(1, 1, "orders", null, [], counts, DateTime.UtcNow, Guid.NewGuid());
}
