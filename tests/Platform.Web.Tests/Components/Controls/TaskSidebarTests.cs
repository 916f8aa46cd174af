using Bunit;
using Platform.Data.Tasks;
using Platform.Web.Components.Controls;

namespace Platform.Web.Tests.Components.Controls;

public sealed class TaskSidebarTests : ComponentTests
{
    private static readonly TaskListItem Report = new(1, "daily_sales_report", true, ["reports", "finance"], DateTime.UnixEpoch);
    private static readonly TaskListItem Cleanup = new(2, "nightly cleanup", false, ["maintenance"], DateTime.UnixEpoch);
    private static readonly TaskListItem Reengage = new(3, "reengage_users", true, ["retention"], DateTime.UnixEpoch);

    [Fact]
    public void Render_Tasks_ListsNameActiveDotTagsAndLink()
    {
        var cut = RenderSidebar([Report, Cleanup]);

        var items = cut.FindAll("[data-testid=task-item]");
        Assert.Equal(["daily_sales_report", "nightly cleanup"], items.Select(i => i.QuerySelector(".task-name")!.TextContent));
        Assert.Equal("/w/7/tasks/1", items[0].GetAttribute("href"));
        Assert.True(items[0].QuerySelector(".active-dot")!.ClassList.Contains("on"));
        Assert.True(items[1].QuerySelector(".active-dot")!.ClassList.Contains("off"));
        Assert.Equal(["reports", "finance"], items[0].QuerySelectorAll(".task-tag").Select(t => t.TextContent));
    }

    [Fact]
    public void Render_SelectedTask_MarkedAsCurrent()
    {
        var cut = RenderSidebar([Report, Cleanup], selected: 2);

        var selected = cut.Find(".task-item.selected");
        Assert.Equal("nightly cleanup", selected.QuerySelector(".task-name")!.TextContent);
        Assert.Equal("page", selected.GetAttribute("aria-current"));
    }

    [Fact]
    public void Render_NoTasks_EmptyStateWithCreateButton()
    {
        var created = 0;
        var cut = RenderSidebar([], onNewTask: () => created++);

        Assert.Contains("No tasks yet", cut.Find("[data-testid=empty-state]").TextContent);
        cut.Find("[data-testid=empty-state] button").Click();
        Assert.Equal(1, created);
    }

    [Fact]
    public void Render_CannotCreate_NoCreateButtons()
    {
        var cut = RenderSidebar([], canCreate: false);

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Render_StillLoading_ShowsLoadingNotEmpty()
    {
        var cut = RenderSidebar(null);

        Assert.NotNull(cut.Find("[role=status]"));
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
    }

    [Theory]
    [InlineData("report", new[] { "daily_sales_report" })]
    [InlineData("REENGAGE", new[] { "reengage_users" })]
    [InlineData("maintenance", new[] { "nightly cleanup" })]
    [InlineData("users retention", new[] { "reengage_users" })]
    [InlineData("  ", new[] { "daily_sales_report", "nightly cleanup", "reengage_users" })]
    public void TypeSearch_FiltersByNameAndTagAndReportsTheText(string search, string[] expected)
    {
        string? reported = null;
        var cut = RenderSidebar([Report, Cleanup, Reengage], onSearch: s => reported = s);

        cut.Find("[data-testid=task-search]").Input(search);

        Assert.Equal(expected, cut.FindAll(".task-name").Select(n => n.TextContent));
        Assert.Equal(search, reported);
    }

    [Fact]
    public void Search_NoMatch_SaysSoAndClearRestoresTheList()
    {
        string? reported = "x";
        var cut = RenderSidebar([Report, Cleanup], search: "zzz", onSearch: s => reported = s);

        Assert.Contains("Nothing matches “zzz”", cut.Find("[data-testid=empty-state]").TextContent);
        cut.Find("[data-testid=clear-search]").Click();

        Assert.Null(reported);
        Assert.Equal(2, cut.FindAll("[data-testid=task-item]").Count);
    }

    [Fact]
    public void Search_KeptInTheTaskLinks()
    {
        var cut = RenderSidebar([Report], search: "sales");

        Assert.Equal("/w/7/tasks/1?q=sales", cut.Find("[data-testid=task-item]").GetAttribute("href"));
    }

    private IRenderedComponent<TaskSidebar> RenderSidebar(
        IReadOnlyList<TaskListItem>? tasks, int? selected = null, string? search = null, bool canCreate = true,
        Action? onNewTask = null, Action<string?>? onSearch = null) =>
        Render<TaskSidebar>(p => p
            .Add(s => s.WorkspaceId, 7)
            .Add(s => s.Tasks, tasks)
            .Add(s => s.SelectedTaskId, selected)
            .Add(s => s.Search, search)
            .Add(s => s.CanCreate, canCreate)
            .Add(s => s.OnNewTask, onNewTask ?? (() => { }))
            .Add(s => s.SearchChanged, onSearch ?? (_ => { })));
}
