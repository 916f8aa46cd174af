using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Web.Components.Pages.Tasks;
using Platform.Web.Services;
using Platform.Web.Tests.Database;

namespace Platform.Web.Tests.Components.Pages.Tasks;

/// <summary>The task page over a real SQLite database: Publish is offered only while the draft has no errors.</summary>
public sealed class TaskEditorPublishTests : DatabaseComponentTests
{
    public TaskEditorPublishTests()
    {
        AddTaskServices();
    }

    [Fact]
    public async Task DraftWithAnError_PublishDisabledWithTheFirstErrorAsTooltip()
    {
        var taskId = await GivenTaskAsync("task report {\n  stack {\n    var $x {\n      value = 1 +\n    }\n  }\n}\n");

        var cut = RenderEditor(taskId);

        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid=publish-task]").HasAttribute("disabled")));
        Assert.StartsWith("Fix the errors before publishing. Line 4, column 18: Expected", cut.Find("[data-testid=publish-task]").GetAttribute("title"));
    }

    [Fact]
    public async Task DraftWithErrorsInItsSettings_PublishDisabled()
    {
        var taskId = await GivenTaskAsync("task report {\n  stack {\n  }\n}\n", settingsJson: "{\"timeout_seconds\": 0}");

        var cut = RenderEditor(taskId);

        cut.WaitForAssertion(() => Assert.Contains("Settings, line 1", cut.Find("[data-testid=publish-task]").GetAttribute("title")));
        Assert.True(cut.Find("[data-testid=publish-task]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task CleanDraft_PublishEnabled_AndThePanelShowsItsHeader()
    {
        var taskId = await GivenTaskAsync("task report {\n  description = \"Sales\"\n  stack {\n  }\n\n  tags = [\"a\"]\n}\n");

        var cut = RenderEditor(taskId);

        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=publish-task]").HasAttribute("disabled")));
        Assert.Equal("Sales", cut.Find("[data-testid=task-description]").GetAttribute("value"));
        Assert.Equal("a", cut.Find("[data-testid=tag-chip]").FirstChild!.TextContent.Trim());
    }

    private IRenderedComponent<TaskEditor> RenderEditor(int taskId)
    {
        // Set here, not in the constructor: it builds the service provider, and the base adds services after that.
        SetRendererInfo(new RendererInfo("Server", true));
        return Render<TaskEditor>(p => p
            .Add(e => e.WorkspaceId, WorkspaceId)
            .Add(e => e.TaskId, taskId)
            .Add(e => e.CanEdit, true));
    }

    private async Task<int> GivenTaskAsync(string script, string? settingsJson = null)
    {
        var store = Services.GetRequiredService<TaskStore>();
        var task = (await store.CreateAsync(Ada, WorkspaceId, "report")).Value!;
        var saved = await store.SaveScriptAsync(Ada, WorkspaceId, task.Id, script, task.ConcurrencyStamp);
        Assert.True(saved.Succeeded, saved.Problem?.Message);
        if (settingsJson is not null)
            Assert.True((await store.SaveSettingsAsync(Ada, WorkspaceId, task.Id, settingsJson, saved.Value.ConcurrencyStamp)).Succeeded);
        return task.Id;
    }
}
