using Bunit;
using Platform.Data.Tables;
using Platform.Web.Components.Controls.Database;

namespace Platform.Web.Tests.Components.Controls.Database;

public sealed class TableListTests : ComponentTests
{
    private static readonly TableDocument[] Tables = [Table(1, "orders", live: 12, test: 0), Table(2, "order_items", live: 30, test: 3), Table(3, "users", live: 2, test: 1)];

    [Fact]
    public void Render_ShowsEachTableWithItsCountInTheCurrentDatasource()
    {
        var cut = RenderList(Tables, datasourceId: 20);

        Assert.Equal(["orders", "order_items", "users"], cut.FindAll("[data-testid=table-item] .task-name").Select(e => e.TextContent));
        Assert.Equal(["0", "3", "1"], cut.FindAll("[data-testid=table-record-count]").Select(e => e.TextContent));
    }

    [Fact]
    public void Search_FiltersByNameIgnoringCase_AndSaysWhenNothingMatches()
    {
        Assert.Equal(["orders", "order_items"], RenderList(Tables, search: "ORDER").FindAll("[data-testid=table-item] .task-name").Select(e => e.TextContent));

        var none = RenderList(Tables, search: "zzz");
        Assert.Contains("No matching tables", none.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public void Empty_NoTablesYet_WithCreateTableForEditors()
    {
        var created = false;
        var cut = RenderList([], canCreate: true, onCreate: () => created = true);

        Assert.Contains("No tables yet", cut.Find("[data-testid=empty-state]").TextContent);
        cut.Find("[data-testid=create-first-table]").Click();
        Assert.True(created);
    }

    [Fact]
    public void Empty_Viewer_NoCreateAction()
    {
        var cut = RenderList([], canCreate: false);

        Assert.Contains("No tables yet", cut.Find("[data-testid=empty-state]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=create-first-table]"));
        Assert.Empty(cut.FindAll("[data-testid=new-table]"));
    }

    [Fact]
    public void Loading_WhileTablesAreNull()
    {
        Assert.Contains("Loading tables", RenderList(null).Markup);
    }

    private IRenderedComponent<TableList> RenderList(IReadOnlyList<TableDocument>? tables, int datasourceId = 10, string? search = null, bool canCreate = true, Action? onCreate = null) =>
        Render<TableList>(p => p
            .Add(l => l.WorkspaceId, 1)
            .Add(l => l.Tables, tables)
            .Add(l => l.DatasourceId, datasourceId)
            .Add(l => l.Search, search)
            .Add(l => l.CanCreate, canCreate)
            .Add(l => l.OnCreate, onCreate ?? (() => { })));

    private static TableDocument Table(int id, string name, long live, long test) =>
        new(id, 1, name, null, [], [new DatasourceRecordCount(10, "live", live), new DatasourceRecordCount(20, "test", test)], DateTime.UtcNow, Guid.NewGuid());
}
