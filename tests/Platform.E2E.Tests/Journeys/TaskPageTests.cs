using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Model;
using Platform.Data.Tasks;
using Platform.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Tests.Journeys;

/// <summary>What the task page journeys share: a signed-up user with a task open, and reading what is stored.</summary>
public abstract class TaskPageTests(BrowserFixture browser, SqliteServerFixture fixture) : BrowserTests(browser)
{
    protected override PlatformServer Server => fixture.Server;

    protected static string Script(string name, string body) => $$"""
        task {{name}} {
          stack {
            {{body}}
          }
          schedule = [{starts_on: 2025-01-01 00:00:00+0000, freq: 3600}]
        }
        """;

    protected async Task<(PlatformPage User, int WorkspaceId, int TaskId)> TaskOpenAsync(string who, string task)
    {
        var (user, workspaceId) = await SignedUpWithWorkspaceAsync(who);
        var taskId = await user.CreateTaskAsync(task);
        await user.EditorTextAsync();
        return (user, workspaceId, taskId);
    }

    /// <summary>The same user in a second tab (its own sign-in and circuit), on the task with its script loaded.</summary>
    protected async Task<PlatformPage> SecondTabOnTaskAsync(string who, int workspaceId, int taskId)
    {
        var second = await OpenPageAsync();
        await second.SignInAsync($"{who}@example.com");
        await Expect(second.Page).Not.ToHaveURLAsync(new Regex("/account/signin"));
        await second.GotoAsync($"/w/{workspaceId}/tasks/{taskId}");
        await second.EditorTextAsync();
        return second;
    }

    protected async Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> work)
    {
        var contexts = Server.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await work(db);
    }

    protected Task<string> StoredScriptAsync(int taskId) => WithDbAsync(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.Script).SingleAsync());

    /// <summary>Waits until the stored script is <paramref name="expected"/> (saves in flight land), failing after 15 s.</summary>
    protected async Task ExpectStoredScriptAsync(int taskId, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string stored;
        while ((stored = await StoredScriptAsync(taskId)) != expected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(expected, stored);
    }

    protected Task<string> StoredSettingsAsync(int taskId) => WithDbAsync(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.SettingsJson).SingleAsync());

    /// <summary>Writes the draft's settings as another session would (the open page's stamp goes stale).</summary>
    protected Task<int> StoreSettingsAsync(int taskId, string settingsJson) =>
        StoreDraftElsewhereAsync(taskId, task => task.SettingsJson = settingsJson);

    /// <summary>
    /// Changes the stored draft as another session's save would, in the moment before the open page's task list
    /// shows that save (its time stays): the page's stamp is stale, and only its next write can find out.
    /// </summary>
    protected Task<int> StoreDraftElsewhereAsync(int taskId, Action<TaskDefinition> change) => WithDbAsync(async db =>
    {
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId);
        change(task);
        task.ConcurrencyStamp = Guid.NewGuid();
        return await db.SaveChangesAsync();
    });
}
