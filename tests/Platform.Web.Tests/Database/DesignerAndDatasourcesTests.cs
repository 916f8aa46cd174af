using Bunit;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Values;
using Platform.Web.Components.Controls.Database;
using Platform.Web.Components.Pages.Database;

namespace Platform.Web.Tests.Database;

public sealed class DesignerAndDatasourcesTests : DatabaseComponentTests
{
    [Fact]
    public async Task Designer_ShowsFieldsInOrderWithTypesAndRules()
    {
        var table = await GivenTableAsync("products",
            new FieldSpec("name", FieldType.Text, IsRequired: true, IsUnique: true),
            new FieldSpec("kind", FieldType.Enum, EnumValues: ["a", "b"], IsIndexed: true),
            new FieldSpec("tags", FieldType.Text, IsList: true));

        var cut = RenderDesigner(table, canEdit: true);

        var rows = cut.FindAll("[data-testid=field-row]");
        Assert.Equal(["name", "kind", "tags"], rows.Select(r => r.GetAttribute("data-field")));
        Assert.Equal(["name", "text", "required, unique"], rows[0].QuerySelectorAll("td").Take(3).Select(td => td.TextContent));
        Assert.Equal("enum (a, b)", rows[1].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("text[]", rows[2].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task Designer_MoveDown_ReordersInTheStore()
    {
        var table = await GivenTableAsync("products", new FieldSpec("a", FieldType.Text), new FieldSpec("b", FieldType.Text));
        TableDocument? changed = null;
        var cut = RenderDesigner(table, canEdit: true, t => changed = t);

        cut.FindAll("[data-testid=move-down]")[0].Click();

        cut.WaitForAssertion(() => Assert.NotNull(changed));
        Assert.Equal(["b", "a"], changed!.Fields.Select(f => f.Name));
        Assert.Equal(["b", "a"], (await ReloadAsync(table)).Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Designer_ReadOnly_NoActions()
    {
        var table = await GivenTableAsync("products", new FieldSpec("a", FieldType.Text));

        var cut = RenderDesigner(table, canEdit: false);

        Assert.Empty(cut.FindAll("[data-testid=add-field]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-field]"));
        Assert.Empty(cut.FindAll("[data-testid=drop-field]"));
        Assert.Empty(cut.FindAll("[data-testid=move-up]"));
    }

    [Fact]
    public async Task Datasources_ListedWithRecordCounts_OwnerCanManage()
    {
        var table = await GivenTableAsync("notes", new FieldSpec("title", FieldType.Text));
        await AddRecordsAsync(table, "live", Note("a"), Note("b"));
        await AddRecordsAsync(table, "test", Note("c"));

        var cut = Render<DatasourceManager>(p => p.Add(m => m.Workspace, Access));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=datasource-row]").Count));
        Assert.Equal(["2", "1"], cut.FindAll("[data-testid=datasource-records]").Select(e => e.TextContent));
        Assert.NotEmpty(cut.FindAll("[data-testid=add-datasource]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=copy-live-to-test]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-datasource]"));
    }

    [Fact]
    public void Datasources_Viewer_ReadsButCannotManage()
    {
        var viewer = Access with { Workspace = Access.Workspace with { Role = WorkspaceRole.Viewer } };

        var cut = Render<DatasourceManager>(p => p.Add(m => m.Workspace, viewer));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=datasource-row]").Count));
        Assert.Empty(cut.FindAll("[data-testid=add-datasource]"));
        Assert.Empty(cut.FindAll("[data-testid=copy-live-to-test]"));
        Assert.Empty(cut.FindAll("[data-testid=clear-test]"));
    }

    private IRenderedComponent<TableDesigner> RenderDesigner(TableDocument table, bool canEdit, Action<TableDocument>? changed = null) =>
        Render<TableDesigner>(p => p
            .Add(d => d.Workspace, Access)
            .Add(d => d.Table, table)
            .Add(d => d.CanEdit, canEdit)
            .Add(d => d.TableChanged, changed ?? (_ => { })));

    private static XsObject Note(string title) => Record(("title", XsValue.Text(title)));
}
