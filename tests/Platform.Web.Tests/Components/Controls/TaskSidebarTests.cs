using Bunit;
using Platform.Data.Tasks;
using Platform.Web.Components.Controls;
using Platform.Web.Model;

namespace Platform.Web.Tests.Components.Controls;

public sealed class TaskSidebarTests : ComponentTests
{
    private static readonly DateTime Noon = new(2025, 1, 15, 12, 0, 0, DateTimeKind.Utc);

    private static readonly TaskListItem Report = new(1, "daily_sales_report", true, ["reports", "finance"], DateTime.UnixEpoch)
    {
        PublishedVersion = 2, PublishedActive = true, NextRunAt = Noon.AddHours(1), LastRunState = "succeeded", LastRunAt = Noon.AddMinutes(-5),
    };

    private static readonly TaskListItem Cleanup = new(2, "nightly cleanup", false, ["maintenance"], DateTime.UnixEpoch)
    {
        PublishedVersion = 1, PublishedActive = false, LastRunState = "succeeded", LastRunAt = Noon.AddDays(-1),
    };

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
        Assert.StartsWith("Inactive", items[1].QuerySelector(".active-dot")!.GetAttribute("title"), StringComparison.Ordinal);
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

        Assert.Single(cut.FindAll("[role=status]"));
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
        TaskListView? reported = null;
        var cut = RenderSidebar([Report, Cleanup, Reengage], onView: v => reported = v);

        cut.Find("[data-testid=task-search]").Input(search);

        Assert.Equal(expected, cut.FindAll(".task-name").Select(n => n.TextContent));
        Assert.Equal(search, reported?.Search);
    }

    [Fact]
    public void Search_NoMatch_SaysSoAndClearRestoresTheList()
    {
        TaskListView? reported = null;
        var cut = RenderSidebar([Report, Cleanup], new TaskListView("zzz"), onView: v => reported = v);

        Assert.Contains("Nothing matches “zzz”", cut.Find("[data-testid=empty-state]").TextContent);
        cut.Find("[data-testid=clear-search]").Click();

        Assert.Equal(new TaskListView(), reported);
        Assert.Equal(2, cut.FindAll("[data-testid=task-item]").Count);
    }

    [Fact]
    public void Search_KeptInTheTaskLinks()
    {
        var cut = RenderSidebar([Report], new TaskListView("sales"));

        Assert.Equal("/w/7/tasks/1?q=sales", cut.Find("[data-testid=task-item]").GetAttribute("href"));
    }

    [Fact]
    public void ViewWithTagAndSort_KeptInTheTaskLinks_Escaped()
    {
        var cut = RenderSidebar([Report], new TaskListView("daily sales", "reports", TaskSort.NextRun));

        Assert.Equal("/w/7/tasks/1?q=daily%20sales&tag=reports&sort=next_run", cut.Find("[data-testid=task-item]").GetAttribute("href"));
    }

    [Fact]
    public void Status_Unpublished_FailedLastRun_DraftChanges_NextRun()
    {
        var unpublished = new TaskListItem(4, "new_idea", true, [], DateTime.UnixEpoch);
        var failing = new TaskListItem(5, "flaky_sync", true, [], DateTime.UnixEpoch)
        {
            PublishedVersion = 3, PublishedActive = true, HasDraftChanges = true, LastRunState = "timed_out", LastRunAt = Noon,
        };

        var cut = RenderSidebar([Report, unpublished, failing]);

        var items = cut.FindAll("[data-testid=task-item]").ToDictionary(i => i.QuerySelector(".task-name")!.TextContent);
        Assert.Equal("draft", items["new_idea"].GetAttribute("data-status"));
        Assert.StartsWith("Not published yet", items["new_idea"].QuerySelector(".active-dot")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("failed", items["flaky_sync"].GetAttribute("data-status"));
        Assert.Equal("Active; the last run timed out", items["flaky_sync"].QuerySelector(".active-dot")!.GetAttribute("title"));
        Assert.NotNull(items["flaky_sync"].QuerySelector("[data-testid=draft-changes]"));
        Assert.Null(items["daily_sales_report"].QuerySelector("[data-testid=draft-changes]"));
        Assert.StartsWith("next ", items["daily_sales_report"].QuerySelector("[data-testid=task-next-run]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(items["new_idea"].QuerySelector("[data-testid=task-next-run]"));
    }

    [Fact]
    public void TagFilter_ShowsOnlyThatTag_NoMatchSaysWhich()
    {
        var cut = RenderSidebar([Report, Cleanup, Reengage], new TaskListView(Tag: "retention"));
        Assert.Equal(["reengage_users"], cut.FindAll(".task-name").Select(n => n.TextContent));

        cut = RenderSidebar([Report, Cleanup, Reengage], new TaskListView("report", "retention"));
        Assert.Contains("No task matching “report” has the tag “retention”.", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Theory]
    [InlineData(TaskSort.Name, new[] { "daily_sales_report", "nightly cleanup", "reengage_users" })]
    [InlineData(TaskSort.NextRun, new[] { "reengage_users", "daily_sales_report", "nightly cleanup" })]
    [InlineData(TaskSort.LastRun, new[] { "daily_sales_report", "nightly cleanup", "reengage_users" })]
    public void Sort_OrdersByNameNextRunOrLastRun_NothingToSortByGoesLast(TaskSort sort, string[] expected)
    {
        var soon = Reengage with { NextRunAt = Noon.AddMinutes(1) };

        var cut = RenderSidebar([Cleanup, soon, Report], new TaskListView(Sort: sort));

        var names = cut.FindAll(".task-name").Select(n => n.TextContent).ToArray();
        Assert.Equal(expected, names);
    }

    private IRenderedComponent<TaskSidebar> RenderSidebar(
        IReadOnlyList<TaskListItem>? tasks, TaskListView? view = null, int? selected = null, bool canCreate = true,
        Action? onNewTask = null, Action<TaskListView>? onView = null) =>
        Render<TaskSidebar>(p => p
            .Add(s => s.WorkspaceId, 7)
            .Add(s => s.Tasks, tasks)
            .Add(s => s.SelectedTaskId, selected)
            .Add(s => s.View, view ?? new TaskListView())
            .Add(s => s.CanCreate, canCreate)
            .Add(s => s.OnNewTask, onNewTask ?? (() => { }))
            .Add(s => s.ViewChanged, onView ?? (_ => { })));
}
