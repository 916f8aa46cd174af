using Bunit;
using Platform.Engine.Runtime.Values;
using Platform.Web.Components.Controls.Database;
using Platform.Web.Model.Database;

namespace Platform.Web.Tests.Components.Controls.Database;

public sealed class ImportViewsTests : ComponentTests
{
    [Fact]
    public void Mapping_ShowsEachColumnWithItsFieldAndFirstValue()
    {
        var cut = RenderMapping([new ColumnMapping(0, "Name", "name"), new ColumnMapping(1, "colour", null)]);

        Assert.Equal("name", cut.Find("[data-testid=mapping-0]").GetAttribute("value"));
        Assert.Equal("", cut.Find("[data-testid=mapping-1]").GetAttribute("value"));
        Assert.Contains("Abacus", cut.Find("[data-testid=mapping-row]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=mapping-problem]"));
    }

    [Fact]
    public void Mapping_ChangingAColumn_ReportsTheNewMapping()
    {
        IReadOnlyList<ColumnMapping>? changed = null;
        var cut = RenderMapping([new ColumnMapping(0, "Name", "name"), new ColumnMapping(1, "colour", null)], m => changed = m);

        cut.Find("[data-testid=mapping-1]").Change("price");

        Assert.Equal(["name", "price"], changed!.Select(m => m.Field));
    }

    [Fact]
    public void Mapping_OneFieldFromTwoColumns_ShowsTheProblem()
    {
        var cut = RenderMapping([new ColumnMapping(0, "Name", "name"), new ColumnMapping(1, "colour", "name")]);

        Assert.Equal("The columns 'Name' and 'colour' both fill the field 'name'. Map one of them to another field or skip it.",
            cut.Find("[data-testid=mapping-problem]").TextContent);
    }

    [Fact]
    public void Report_ListsProblemsByRowAndField()
    {
        var report = new CsvImportReport(3, [new RowProblem(2, "price", "The field 'price' of table 'products' expects a number; found text 'lots'."), new RowProblem(3, null, "Duplicate.")], [XsObject.Empty]);

        var cut = Render<ImportReportView>(p => p.Add(r => r.Report, report));

        Assert.Equal("2 of 3 rows cannot be imported; 1 can.", cut.Find("[data-testid=import-summary]").TextContent);
        var rows = cut.FindAll("[data-testid=import-problem]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["2", "price", "The field 'price' of table 'products' expects a number; found text 'lots'."], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("—", rows[1].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void Report_Clean_NoProblemTable()
    {
        var cut = Render<ImportReportView>(p => p.Add(r => r.Report, new CsvImportReport(1, [], [XsObject.Empty])));

        Assert.Equal("The row is valid.", cut.Find("[data-testid=import-summary]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=import-problem]"));
    }

    private IRenderedComponent<ImportMappingTable> RenderMapping(IReadOnlyList<ColumnMapping> mapping, Action<IReadOnlyList<ColumnMapping>>? changed = null) =>
        Render<ImportMappingTable>(p => p
            .Add(t => t.Mapping, mapping)
            .Add(t => t.Targets, ["created_at", "name", "price"])
            .Add(t => t.Rows, [["Abacus", "red"]])
            .Add(t => t.MappingChanged, changed ?? (_ => { })));
}
