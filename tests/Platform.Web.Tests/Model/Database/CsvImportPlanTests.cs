using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;
using Platform.Web.Model.Database;

namespace Platform.Web.Tests.Model.Database;

public sealed class CsvImportPlanTests
{
    private static readonly TableDocument Products = new(1, 1, "products", null,
    [
        new FieldDefinition(1, "name", FieldType.Text, false, true, true, null, false, false, [], null, null, 0, null),
        new FieldDefinition(2, "price", FieldType.Decimal, false, true, false, null, false, false, [], null, null, 1, null),
        new FieldDefinition(3, "meta", FieldType.Json, false, true, false, null, false, false, [], null, null, 2, null),
        new FieldDefinition(4, "tags", FieldType.Text, true, true, false, null, false, false, [], null, null, 3, null),
    ], [], DateTime.UtcNow, Guid.NewGuid());

    [Fact]
    public void AutoMap_MatchesFieldsByNameInAnyCase_SkipsIdAndUnknownColumns()
    {
        var mapping = CsvImportPlan.AutoMap(["id", " Name ", "PRICE", "colour", "created_at"], Products);

        Assert.Equal([null, "name", "price", null, "created_at"], mapping.Select(m => m.Field));
    }

    [Fact]
    public void AutoMap_SameFieldTwice_OnlyTheFirstColumnFillsIt()
    {
        var mapping = CsvImportPlan.AutoMap(["name", "NAME"], Products);

        Assert.Equal(["name", null], mapping.Select(m => m.Field));
    }

    [Fact]
    public void Check_TwoColumnsForOneField_ProblemNamesBoth()
    {
        var problem = CsvImportPlan.Check([new ColumnMapping(0, "title", "name"), new ColumnMapping(1, "label", "name")]);

        Assert.Equal("The columns 'title' and 'label' both fill the field 'name'. Map one of them to another field or skip it.", problem?.Message);
    }

    [Fact]
    public void Check_NothingMapped_Problem()
    {
        Assert.Equal("No column is mapped to a field, so there is nothing to import.", CsvImportPlan.Check([new ColumnMapping(0, "x", null)])?.Message);
    }

    [Fact]
    public void Build_TypedCells_EmptyIsNull_BadJsonReportedPerRowAndField()
    {
        var file = new CsvFile(["name", "price", "meta", "tags"],
        [
            ["Abacus", "12.5", "{\"a\":1}", "[\"x\"]"],
            [null, null, null, null],
            ["Crayons", "cheap", "{oops", "x, y"],
        ]);

        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, Products), Products);

        Assert.Equal(XsValue.Decimal(12.5), rows.Records[0].Get("price"));
        Assert.Equal(1, rows.Records[0].Get("meta").AsObject.Get("a").AsInt);
        Assert.True(rows.Records[1].Get("name").IsNull);
        Assert.Equal(XsValue.Text("cheap"), rows.Records[2].Get("price"));
        Assert.Equal([(3, "meta"), (3, "tags")], rows.Problems.Select(p => (p.Row, p.Field!)));
        Assert.Equal("The field 'meta' expects JSON; found '{oops', which is not valid JSON (column 'meta').", rows.Problems[0].Message);
    }

    [Fact]
    public void Report_CombinesCellProblemsWithTheStoresVerdicts()
    {
        var file = new CsvFile(["name", "meta"], [["a", "{}"], [null, "{}"], ["c", "{bad"], ["d", "[]"]]);
        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, Products), Products);

        var report = CsvImportReport.Combine(rows, [null, Problem.Invalid("The field 'name' of table 'products' is required; the record has null for it.", "name"), null, null], Products);

        Assert.False(report.IsClean);
        Assert.Equal([(2, "name"), (3, "meta")], report.Problems.Select(p => (p.Row, p.Field!)));
        Assert.Equal(["a", "d"], report.ValidRecords.Select(r => r.Get("name").AsText));
        Assert.Equal("2 of 4 rows cannot be imported; 2 can.", report.Summary);
    }

    [Fact]
    public void Report_AUniqueValueRepeatedInTheFile_LaterRowsRefused_NullsNotCounted()
    {
        var skus = Products with
        {
            Fields = [.. Products.Fields, new FieldDefinition(5, "sku", FieldType.Text, false, true, false, null, true, false, [], null, null, 4, null)],
        };
        var file = new CsvFile(["name", "sku"], [["a", "A1"], ["b", null], ["c", "A1"], ["d", null], ["e", "A2"], ["f", "A1"]]);
        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, skus), skus);

        var report = CsvImportReport.Combine(rows, [null, null, null, null, null, null], skus);

        Assert.Equal([(3, "sku"), (6, "sku")], report.Problems.Select(p => (p.Row, p.Field!)));
        Assert.Equal("The field 'sku' is unique, and row 1 of this file already has \"A1\" for it.", report.Problems[0].Message);
        Assert.Equal(["a", "b", "d", "e"], report.ValidRecords.Select(r => r.Get("name").AsText));
    }

    [Fact]
    public void Report_NoProblems_Clean()
    {
        var file = new CsvFile(["name"], [["a"], ["b"]]);
        var rows = CsvImportPlan.Build(file, CsvImportPlan.AutoMap(file.Headers, Products), Products);

        var report = CsvImportReport.Combine(rows, [null, null], Products);

        Assert.Equal(("All 2 rows are valid.", 2), (report.Summary, report.ValidRecords.Count));
    }

    [Theory]
    [InlineData("", "The file is empty: a CSV import needs a header row naming the columns.")]
    [InlineData("name,,price\n1,2,3\n", "Column 2 of the header row has no name.")]
    public async Task ReadAsync_UnusableFile_ClearMessage(string text, string message)
    {
        var read = await CsvFile.ReadAsync(new StringReader(text));

        Assert.Equal(message, read.Problem?.Message);
    }

    [Fact]
    public async Task ReadAsync_QuotedCellsAndShortRows()
    {
        var read = await CsvFile.ReadAsync(new StringReader("name,note\r\n\"a, b\",\"say \"\"hi\"\"\nthere\"\r\nc\r\n"));

        Assert.Equal(["name", "note"], read.Value!.Headers);
        Assert.Equal<IEnumerable<string?>>(["a, b", "say \"hi\"\nthere"], read.Value.Rows[0]);
        Assert.Equal<IEnumerable<string?>>(["c", null], read.Value.Rows[1]);
    }
}
