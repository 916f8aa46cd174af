using Microsoft.EntityFrameworkCore;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Work;
using Platform.Web.Components.Controls;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Runs;
using Radzen.Blazor;
using Platform.Web.Services;
using Platform.Tests.Shared;
using Platform.Web.Tests.Database;

namespace Platform.Web.Tests.Runs;

/// <summary>The run list and the run detail over runs the real engine made on a real SQLite database.</summary>
public sealed class RunListTests : DatabaseComponentTests
{
    private const string Script = """
        task report {
          stack {
            debug.log { value = "starting" }
            var $total { value = 40 + 2 }
            precondition ($input.fail != true) {
              error = "Told to fail"
            }
            debug.log { value = $total }
          }
          schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
        }
        """;

    public RunListTests()
    {
        AddTaskServices();
    }

    private async Task<int> GivenPublishedTaskAsync(string name, string script)
    {
        var tasks = Services.GetRequiredService<TaskStore>();
        var created = (await tasks.CreateAsync(Ada, WorkspaceId, name)).Value!;
        var saved = await tasks.SaveScriptAsync(Ada, WorkspaceId, created.Id, script.Replace("task report", $"task {name}", StringComparison.Ordinal), created.ConcurrencyStamp);
        Assert.True(saved.Succeeded, saved.Problem?.Message);
        var published = await Services.GetRequiredService<TaskPublisher>().PublishAsync(Ada, WorkspaceId, created.Id, null);
        Assert.True(published.Succeeded, published.Problem?.Message);
        return created.Id;
    }

    /// <summary>Queues manual runs of version 1 and lets a real worker run them to the end.</summary>
    private async Task RunAsync(int taskId, int count, IFunctionLibrary? functions = null)
    {
        var queue = new SqlRunQueue(Database, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        await queue.EnqueueAsync([.. Enumerable.Range(0, count).Select(i => new NewRun(taskId, WorkspaceId, 1, "live", RunTrigger.Manual, now.AddSeconds(-i), 1, now))], default);
        var worker = new Worker(
            new WorkerPorts(queue, new SqlTaskVersionSource(Database), WithFunctions(new SqlRunEnvironmentFactory(Database, TimeProvider.System, new RunEnvironmentOptions(), new Platform.Data.Variables.RunVariables(Database, TimeProvider.System, TestSecrets.Create())), functions)),
            new WorkerOptions { Node = "node-1", MaxConcurrentRuns = 4, PerWorkspaceLimit = 4 }, TimeProvider.System, new Random(1));
        while (await worker.PollAsync() > 0)
            await worker.WhenRunsFinishedAsync();
        await worker.WhenRunsFinishedAsync();
    }

    private static IRunEnvironmentFactory WithFunctions(IRunEnvironmentFactory environments, IFunctionLibrary? functions) =>
        functions is null ? environments : new RunEnvironmentWithFunctions(environments, functions);

    [Fact]
    public async Task TaskRuns_ListedNewestFirst_WithVersionDatasourceAndTrigger_NoTaskColumn()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, 2);

        var cut = Render<RunList>(p => p.Add(r => r.WorkspaceId, WorkspaceId).Add(r => r.TaskId, task));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=run-row]").Count));
        var cells = cut.Find("[data-testid=run-row]").QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["succeeded", "manual", "v1", "live"], cells.Take(4));
        Assert.Empty(cut.FindAll("[data-testid=run-task]"));
        Assert.Contains("2 in all", cut.Find("[data-testid=runs-total]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkspaceRuns_ShowTheTaskOfEachRun()
    {
        await RunAsync(await GivenPublishedTaskAsync("report", Script), 1);
        await RunAsync(await GivenPublishedTaskAsync("cleanup", Script), 1);

        var cut = Render<RunList>(p => p.Add(r => r.WorkspaceId, WorkspaceId));

        cut.WaitForAssertion(() => Assert.Equal(["cleanup", "report"], cut.FindAll("[data-testid=run-task]").Select(c => c.TextContent)));
    }

    [Fact]
    public async Task NoRuns_SaysHowRunsComeAbout()
    {
        var task = await GivenPublishedTaskAsync("report", Script);

        var cut = Render<RunList>(p => p.Add(r => r.WorkspaceId, WorkspaceId).Add(r => r.TaskId, task));

        cut.WaitForAssertion(() => Assert.Contains("Publish the task", cut.Find("[data-testid=runs-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyRuns_PagedByTwenty()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, RunList.PageSize + 3);

        var cut = Render<RunList>(p => p.Add(r => r.WorkspaceId, WorkspaceId).Add(r => r.TaskId, task));

        cut.WaitForAssertion(() => Assert.Equal(RunList.PageSize, cut.FindAll("[data-testid=run-row]").Count));
        Assert.Single(cut.FindAll("[data-testid=runs-pager]"));
        Assert.Contains($"{RunList.PageSize + 3} in all", cut.Find("[data-testid=runs-total]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_ShowsLogOnItsLines_ResultTraceAndEvents()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, 1);
        var run = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs[0];

        var cut = Render<RunDetailDialog>(p => p.Add(d => d.WorkspaceId, WorkspaceId).Add(d => d.RunId, run.Id));

        cut.WaitForAssertion(() => Assert.Equal("succeeded", cut.Find("[data-testid=run-detail-state]").TextContent));
        var log = cut.FindAll("[data-testid=run-log-entry]").Select(r => r.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["3", "\"starting\""], ["8", "42"]], log);
        Assert.Contains("queued", cut.Find("[data-testid=run-events]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-testid=run-trace] tbody tr"));
    }

    [Fact]
    public async Task Detail_OfAFailedRun_ShowsTheErrorAndWhereItHappened()
    {
        var task = await GivenPublishedTaskAsync("failing", Script.Replace("$input.fail != true", "false", StringComparison.Ordinal));
        await RunAsync(task, 1);
        var run = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs[0];

        var cut = Render<RunDetailDialog>(p => p.Add(d => d.WorkspaceId, WorkspaceId).Add(d => d.RunId, run.Id));

        cut.WaitForAssertion(() => Assert.Equal("failed", cut.Find("[data-testid=run-detail-state]").TextContent));
        Assert.Contains("Told to fail", cut.Find("[data-testid=run-detail-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal(" at line 5, column 5", cut.Find("[data-testid=run-detail-error-place]").TextContent);
    }

    [Fact]
    public async Task Detail_OfARunFailedInsideAFunction_ShowsTheFunctionUnderTheMessage_PlacedAtTheCall()
    {
        var task = await GivenPublishedTaskAsync("calling", Script.Replace("$input.fail != true", "true", StringComparison.Ordinal)
            .Replace("debug.log { value = $total }", "function.run checks as $checked", StringComparison.Ordinal));
        var functions = InMemoryFunctionLibrary.FromSources(["function checks {\n  stack {\n    precondition (false) {\n      error = \"Told to fail\"\n    }\n  }\n}"]);
        await RunAsync(task, 1, functions);
        var run = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs[0];

        var cut = Render<RunDetailDialog>(p => p.Add(d => d.WorkspaceId, WorkspaceId).Add(d => d.RunId, run.Id));

        cut.WaitForAssertion(() => Assert.Equal("failed", cut.Find("[data-testid=run-detail-state]").TextContent));
        Assert.Equal("Told to fail\nin function checks at 3:5", cut.Find("[data-testid=run-detail-error-message]").TextContent);
        Assert.Equal(" at line 8, column 5", cut.Find("[data-testid=run-detail-error-place]").TextContent);
    }

    [Fact]
    public async Task Detail_OfARunInAnotherWorkspace_NotFound()
    {
        var cut = Render<RunDetailDialog>(p => p.Add(d => d.WorkspaceId, WorkspaceId).Add(d => d.RunId, 123_456));

        cut.WaitForAssertion(() => Assert.Contains("not found", cut.Find("[data-testid=run-detail-error-state]").TextContent, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Queues a manual run of version 1 that no worker takes, so it stays queued.</summary>
    private async Task<long> QueueAsync(int taskId)
    {
        var now = DateTimeOffset.UtcNow;
        return (await new SqlRunQueue(Database, TimeProvider.System).EnqueueAsync([new NewRun(taskId, WorkspaceId, 1, "live", RunTrigger.Manual, now, 1, now)], default))[0];
    }

    private IRenderedComponent<RunDetailDialog> RenderDetail(long runId, bool canEdit) =>
        Render<RunDetailDialog>(p => p.Add(d => d.WorkspaceId, WorkspaceId).Add(d => d.RunId, runId).Add(d => d.CanEdit, canEdit));

    [Fact]
    public async Task Detail_RunAgain_QueuesTheSameVersionOnTheSameDatasource_AndSaysWhichRun()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, 1);
        var run = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs[0];
        var cut = RenderDetail(run.Id, canEdit: true);

        cut.WaitForElement("[data-testid=run-detail-run-again]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Queued as run #", cut.Find("[data-testid=run-detail-notice]").TextContent, StringComparison.Ordinal));
        var runs = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs;
        Assert.Equal($"Queued as run #{runs[0].Id}.", cut.Find("[data-testid=run-detail-notice]").TextContent);
        Assert.Equal(("queued", "manual", 1, "live"), (runs[0].State, runs[0].Trigger, runs[0].Version, runs[0].Datasource));
        Assert.Empty(cut.FindAll("[data-testid=run-detail-cancel]"));
    }

    [Fact]
    public async Task Detail_RunAgain_OfAVersionThatNoLongerExists_SaysSo()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, 1);
        var run = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task)).Value!.Runs[0];
        await using (var db = Database.CreateDbContext())
            await db.TaskVersions.Where(v => v.TaskId == task).ExecuteUpdateAsync(v => v.SetProperty(x => x.Number, 2));
        var cut = RenderDetail(run.Id, canEdit: true);

        cut.WaitForElement("[data-testid=run-detail-run-again]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"The version run #{run.Id} ran no longer exists, so it cannot run again.", cut.Find("[data-testid=run-detail-action-error]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=run-detail-notice]"));
    }

    [Fact]
    public async Task Detail_ForAViewer_HasNoActions()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        await RunAsync(task, 1);
        var queued = await QueueAsync(task);
        var finished = (await Services.GetRequiredService<TaskService>().ListRunsAsync(WorkspaceId, task, "succeeded")).Value!.Runs[0];

        var ended = RenderDetail(finished.Id, canEdit: false);
        var going = RenderDetail(queued, canEdit: false);

        ended.WaitForAssertion(() => Assert.Equal("succeeded", ended.Find("[data-testid=run-detail-state]").TextContent));
        going.WaitForAssertion(() => Assert.Equal("queued", going.Find("[data-testid=run-detail-state]").TextContent));
        Assert.Empty(ended.FindAll("[data-testid=run-detail-actions]"));
        Assert.Empty(going.FindAll("[data-testid=run-detail-actions]"));
    }

    [Fact]
    public async Task Detail_CancelAQueuedRun_AsksFirst_ThenShowsItCancelled()
    {
        var task = await GivenPublishedTaskAsync("report", Script);
        var queued = await QueueAsync(task);
        var host = Render<RadzenDialog>();
        var cut = RenderDetail(queued, canEdit: true);

        cut.WaitForElement("[data-testid=run-detail-cancel]").Click();
        host.WaitForAssertion(() => Assert.Contains("It has not started and will not start.", host.Markup, StringComparison.Ordinal));
        Assert.Equal("queued", cut.Find("[data-testid=run-detail-state]").TextContent);
        host.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel run").Click();

        cut.WaitForAssertion(() => Assert.Equal("cancelled", cut.Find("[data-testid=run-detail-state]").TextContent));
        Assert.Equal($"Run #{queued} was cancelled before it started.", cut.Find("[data-testid=run-detail-notice]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=run-detail-run-again]"));
    }

    [Fact]
    public async Task List_FilteredByTaskAndState_ShowsOnlyThoseRuns_AndSaysWhenNoneMatch()
    {
        var report = await GivenPublishedTaskAsync("report", Script);
        var cleanup = await GivenPublishedTaskAsync("cleanup", Script);
        await RunAsync(report, 2);
        await RunAsync(cleanup, 1);
        await QueueAsync(cleanup);
        var choices = (await Services.GetRequiredService<TaskService>().ListAsync(WorkspaceId)).Value!;

        var cut = Render<RunList>(p => p.Add(r => r.WorkspaceId, WorkspaceId).Add(r => r.TaskChoices, choices)
            .Add(r => r.Filter, new RunListFilter("succeeded", cleanup)));

        cut.WaitForAssertion(() => Assert.Equal(["cleanup"], cut.FindAll("[data-testid=run-task]").Select(c => c.TextContent)));
        Assert.Single(cut.FindAll("[data-testid=runs-task-filter]"));
        cut.Render(p => p.Add(r => r.Filter, new RunListFilter("failed", cleanup)));
        cut.WaitForAssertion(() => Assert.Equal("No failed runs of “cleanup”.", cut.Find("[data-testid=runs-empty]").TextContent));
        cut.Render(p => p.Add(r => r.Filter, new RunListFilter(null, report)));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=run-row]").Count));
    }
}
