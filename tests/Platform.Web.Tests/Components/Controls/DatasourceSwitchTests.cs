using Bunit;
using Platform.Data.Workspaces;
using Platform.Web.Components.Controls;

namespace Platform.Web.Tests.Components.Controls;

public sealed class DatasourceSwitchTests : ComponentTests
{
    private static readonly DatasourceInfo Live = new(1, "live", true);
    private static readonly DatasourceInfo Test = new(2, "test", true);
    private static readonly DatasourceInfo Staging = new(3, "staging", false);

    [Fact]
    public void Render_LiveSelected_OffersEveryDatasourceAndShowsNoMarker()
    {
        var cut = RenderSwitch(Live);

        Assert.Equal(["live", "test", "staging"], cut.FindAll(".rz-button-text").Select(b => b.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=test-data-marker]"));
    }

    [Fact]
    public void Render_TestSelected_ShowsTheTestDataMarker()
    {
        var cut = RenderSwitch(Test);

        Assert.Equal("TEST DATA", cut.Find("[data-testid=test-data-marker]").TextContent);
    }

    [Fact]
    public void Render_CustomDatasourceSelected_MarkerNamesIt()
    {
        var cut = RenderSwitch(Staging);

        Assert.Equal("STAGING DATA", cut.Find("[data-testid=test-data-marker]").TextContent);
    }

    [Fact]
    public void Click_AnotherDatasource_ReportsIt()
    {
        DatasourceInfo? chosen = null;
        var cut = RenderSwitch(Live, d => chosen = d);

        ButtonFor(cut, "test").Click();

        Assert.Equal(Test, chosen);
    }

    [Fact]
    public void Click_TheSelectedDatasource_ReportsNothing()
    {
        DatasourceInfo? chosen = null;
        var cut = RenderSwitch(Live, d => chosen = d);

        ButtonFor(cut, "live").Click();

        Assert.Null(chosen);
    }

    [Fact]
    public void TestDataBanner_ShownForTestOnly()
    {
        Assert.Empty(Render<TestDataBanner>(p => p.Add(b => b.Datasource, Live)).FindAll("[data-testid=test-data-banner]"));
        var banner = Render<TestDataBanner>(p => p.Add(b => b.Datasource, Test)).Find("[data-testid=test-data-banner]");
        Assert.Contains("TEST DATA", banner.TextContent);
    }

    private IRenderedComponent<DatasourceSwitch> RenderSwitch(DatasourceInfo selected, Action<DatasourceInfo>? onChanged = null) =>
        Render<DatasourceSwitch>(p => p
            .Add(s => s.Datasources, [Live, Test, Staging])
            .Add(s => s.Selected, selected)
            .Add(s => s.SelectedChanged, onChanged ?? (_ => { })));

    private static AngleSharp.Dom.IElement ButtonFor(IRenderedComponent<DatasourceSwitch> cut, string name) =>
        cut.FindAll(".rz-button").Single(b => b.TextContent.Trim() == name);
}
