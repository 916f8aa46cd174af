using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Runtime.Time;
using Platform.Engine.Tasks.Editing;
using Platform.Web.Components.Pages.Tasks;
using Platform.Web.Services;

namespace Platform.Web.Tests.Components.Pages.Tasks;

/// <summary>The schedule &amp; settings panel against the real clause editor: the form and the script stay in sync both ways.</summary>
public sealed class TaskSettingsPanelTests : ComponentTests
{
    private const string Script = """
        // Daily report for the sales team.
        task daily_report {
          // shown in the task list
          description = "Daily sales"

          stack {
            // odd   spacing stays as it is
            var $total {
              value = 1
            }
          }

          // every morning
          schedule = [
            {starts_on: 2026-01-01 09:00:00+0000, freq: 86400} // daily
          ]

          tags = ["reports"]
        }
        // the end

        """;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private string _script = Script;
    private string? _settingsWritten;

    public TaskSettingsPanelTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddScoped<BrowserTimeZone>();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    [Fact]
    public void FrequencyPreset_RewritesOnlyTheScheduleClause_CommentsSurvive()
    {
        var cut = RenderPanel();

        Choose(cut, "event-frequency-0", "Every hour");

        Assert.Equal(Script.Replace("freq: 86400}", "freq: 3600}"), _script);
    }

    [Fact]
    public void Description_RewritesOnlyTheDescription()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=task-description]").Change("Nightly \"sales\"");

        Assert.Equal(Script.Replace("description = \"Daily sales\"", "description = \"Nightly \\\"sales\\\"\""), _script);
    }

    [Fact]
    public void ActiveToggle_AddsOnlyTheActiveClause()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=task-active]").Click();

        Assert.Equal(Script.Replace("  description = \"Daily sales\"\n", "  description = \"Daily sales\"\n  active = false\n"), _script);
    }

    [Fact]
    public void Datasource_AddsOnlyTheDatasourceClause()
    {
        var cut = RenderPanel();

        Choose(cut, "task-datasource", "test");

        Assert.Equal(Script.Replace("  description = \"Daily sales\"\n", "  description = \"Daily sales\"\n  datasource = \"test\"\n"), _script);
    }

    [Fact]
    public void Tags_AddAndRemoveChips_RewriteOnlyTheTags()
    {
        var cut = RenderPanel(tags: ["finance", "reports", "ops"]);

        Assert.Equal(["finance", "ops"], cut.FindAll("#task-tag-suggestions option").Select(o => o.GetAttribute("value")));
        cut.Find("[data-testid=tag-input]").Input("finance");
        cut.Find("[data-testid=tag-form]").Submit();
        Assert.Equal(Script.Replace("tags = [\"reports\"]", "tags = [\"reports\", \"finance\"]"), _script);
        Assert.Equal(["reports", "finance"], cut.FindAll("[data-testid=tag-chip]").Select(c => c.FirstChild!.TextContent.Trim()));
        Assert.Equal("", cut.Find("[data-testid=tag-input]").GetAttribute("value") ?? "");
        Assert.Equal(["ops"], cut.FindAll("#task-tag-suggestions option").Select(o => o.GetAttribute("value")));

        cut.FindAll("[data-testid=remove-tag]")[0].Click();
        Assert.Equal(Script.Replace("tags = [\"reports\"]", "tags = [\"finance\"]"), _script);
    }

    [Fact]
    public void History_AddsTheHistoryClauseAfterTheTags()
    {
        var cut = RenderPanel();

        Choose(cut, "task-history", "1,000 runs");

        Assert.Equal(Script.Replace("tags = [\"reports\"]\n", "tags = [\"reports\"]\n  history = 1000\n"), _script);
    }

    [Fact]
    public void AddEvent_AppendsAnEventToTheScheduleOnly()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=add-event]").Click();

        Assert.Equal(2, cut.FindAll("[data-testid=schedule-event]").Count);
        Assert.Equal(Script.Replace(
            "{starts_on: 2026-01-01 09:00:00+0000, freq: 86400} // daily\n",
            "{starts_on: 2026-01-01 09:00:00+0000, freq: 86400} // daily\n    {starts_on: 2026-01-02 00:00:00+0000, freq: 86400}\n"), _script);
    }

    [Fact]
    public void ScriptEdit_UpdatesTheForm()
    {
        var cut = RenderPanel();
        var edited = Script
            .Replace("description = \"Daily sales\"", "description = \"Weekly sales\"\n  active = false\n  datasource = \"test\"")
            .Replace("freq: 86400", "freq: 300")
            .Replace("tags = [\"reports\"]", "tags = [\"reports\", \"weekly\"]");

        cut.Render(p => p.Add(x => x.Script, edited));

        Assert.Equal("Weekly sales", cut.Find("[data-testid=task-description]").GetAttribute("value"));
        Assert.DoesNotContain("rz-switch-checked", cut.Find("[data-testid=task-active]").ClassName);
        Assert.Equal("test", cut.Find("[data-testid=task-datasource] .rz-dropdown-label").TextContent);
        Assert.Equal(["reports", "weekly"], cut.FindAll("[data-testid=tag-chip]").Select(c => c.FirstChild!.TextContent.Trim()));
        Assert.Equal("Every 5 minutes", cut.Find("[data-testid=event-frequency-0] .rz-dropdown-label").TextContent);
        Assert.Equal("Thu 2026-01-01 09:05 (UTC+00:00)", cut.FindAll("[data-testid=preview-run]")[1].TextContent);
    }

    [Fact]
    public void ScriptWithSyntaxError_KeepsTheLastValuesReadOnlyAndSaysWhere()
    {
        var cut = RenderPanel();

        cut.Render(p => p.Add(x => x.Script, Script.Replace("value = 1", "value = §")));

        Assert.Contains("syntax error at line 9, column 15", cut.Find("[data-testid=panel-script-problem]").TextContent);
        var description = cut.Find("[data-testid=task-description]");
        Assert.Equal("Daily sales", description.GetAttribute("value"));
        Assert.True(description.HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=add-event]").HasAttribute("disabled"));
    }

    [Fact]
    public void CustomFrequencyOfZero_IsExplainedInlineAndNotWritten()
    {
        var cut = RenderPanel();

        Choose(cut, "event-frequency-0", "Custom (seconds)");
        Assert.Contains("how many seconds", cut.Find("[data-testid='field-message-schedule[0].freq']").TextContent);
        cut.Find("[data-testid=event-seconds-0] input").Change("0");

        Assert.Contains("at least 1 second", cut.Find("[data-testid='field-message-schedule[0].freq']").TextContent);
        Assert.Equal(Script, _script);

        cut.Find("[data-testid=event-seconds-0] input").Change("90");
        Assert.Equal(Script.Replace("freq: 86400}", "freq: 90}"), _script);
        Assert.Empty(cut.FindAll("[data-testid='field-message-schedule[0].freq']"));
    }

    [Fact]
    public void EndBeforeStart_IsExplainedInlineAndNotWritten()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=event-has-end-0] input").Click();
        var withEnd = _script;
        cut.Find("[data-testid=event-end-0] input").Change("2025-12-01 00:00");

        Assert.Contains("2026-01-31 09:00:00+0000", withEnd);
        Assert.Contains("before the start", cut.Find("[data-testid='field-message-schedule[0].ends_on']").TextContent);
        Assert.Equal(withEnd, _script);
    }

    [Fact]
    public void BadCron_IsExplainedInlineAndNotSaved()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=add-cron]").Click();
        Assert.Contains("\"expression\": \"0 9 * * 1-5\"", _settingsWritten);
        _settingsWritten = null;
        cut.Find("[data-testid=cron-expression-0]").Change("every day");

        Assert.Contains("has 2", cut.Find("[data-testid='field-message-cron[0].expression']").TextContent);
        Assert.Null(_settingsWritten);
        Assert.Equal(Script, _script);
    }

    [Fact]
    public void ReadOnly_DisablesTheForm()
    {
        var cut = RenderPanel(readOnly: true);

        Assert.True(cut.Find("[data-testid=task-description]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=add-event]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=add-cron]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=remove-tag]"));
    }

    [Fact]
    public void Collapse_HidesThePanelUntilExpanded()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=collapse-settings-panel]").Click();
        Assert.Empty(cut.FindAll("[data-testid=task-settings-panel]"));
        cut.Find("[data-testid=expand-settings-panel]").Click();

        Assert.Equal("Daily sales", cut.Find("[data-testid=task-description]").GetAttribute("value"));
    }

    public static TheoryData<string, string, string, DateTimeOffset, string[]> DstCases => new()
    {
        {
            "Europe/Berlin", "schedule = [{starts_on: 2026-01-01 00:00:00+0000, freq: 3600}]", "", new(2026, 3, 28, 20, 30, 0, TimeSpan.Zero),
            [
                "Sat 2026-03-28 22:00 (UTC+01:00)", "Sat 2026-03-28 23:00 (UTC+01:00)", "Sun 2026-03-29 00:00 (UTC+01:00)",
                "Sun 2026-03-29 01:00 (UTC+01:00)", "Sun 2026-03-29 03:00 (UTC+02:00)", "Sun 2026-03-29 04:00 (UTC+02:00)",
                "Sun 2026-03-29 05:00 (UTC+02:00)", "Sun 2026-03-29 06:00 (UTC+02:00)", "Sun 2026-03-29 07:00 (UTC+02:00)",
                "Sun 2026-03-29 08:00 (UTC+02:00)",
            ]
        },
        {
            "Europe/Berlin", "", """{"cron": [{"expression": "30 2 * * *", "time_zone": "Europe/Berlin"}]}""", new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero),
            [
                "Sat 2026-03-28 02:30 (UTC+01:00)", "Sun 2026-03-29 03:00 (UTC+02:00)", "Mon 2026-03-30 02:30 (UTC+02:00)",
                "Tue 2026-03-31 02:30 (UTC+02:00)", "Wed 2026-04-01 02:30 (UTC+02:00)", "Thu 2026-04-02 02:30 (UTC+02:00)",
                "Fri 2026-04-03 02:30 (UTC+02:00)", "Sat 2026-04-04 02:30 (UTC+02:00)", "Sun 2026-04-05 02:30 (UTC+02:00)",
                "Mon 2026-04-06 02:30 (UTC+02:00)",
            ]
        },
        {
            "America/New_York", "schedule = [{starts_on: 2026-11-01 00:00:00+0000, freq: 21600}]", "", new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero),
            [
                "Sat 2026-10-31 20:00 (UTC-04:00)", "Sun 2026-11-01 01:00 (UTC-05:00)", "Sun 2026-11-01 07:00 (UTC-05:00)",
                "Sun 2026-11-01 13:00 (UTC-05:00)", "Sun 2026-11-01 19:00 (UTC-05:00)", "Mon 2026-11-02 01:00 (UTC-05:00)",
                "Mon 2026-11-02 07:00 (UTC-05:00)", "Mon 2026-11-02 13:00 (UTC-05:00)", "Mon 2026-11-02 19:00 (UTC-05:00)",
                "Tue 2026-11-03 01:00 (UTC-05:00)",
            ]
        },
        {
            "America/New_York", "", """{"cron": [{"expression": "0 9 * * *", "time_zone": "America/New_York"}]}""", new(2026, 3, 5, 12, 0, 0, TimeSpan.Zero),
            [
                "Thu 2026-03-05 09:00 (UTC-05:00)", "Fri 2026-03-06 09:00 (UTC-05:00)", "Sat 2026-03-07 09:00 (UTC-05:00)",
                "Sun 2026-03-08 09:00 (UTC-04:00)", "Mon 2026-03-09 09:00 (UTC-04:00)", "Tue 2026-03-10 09:00 (UTC-04:00)",
                "Wed 2026-03-11 09:00 (UTC-04:00)", "Thu 2026-03-12 09:00 (UTC-04:00)", "Fri 2026-03-13 09:00 (UTC-04:00)",
                "Sat 2026-03-14 09:00 (UTC-04:00)",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(DstCases))]
    public void Preview_NextTenRuns_AcrossDaylightSavingChanges_InTheUsersZone(
        string userZone, string schedule, string settingsJson, DateTimeOffset now, string[] expected)
    {
        JSInterop.Setup<string?>("platform.timeZone").SetResult(userZone);
        _clock.Now = now;
        var script = $"task t {{\n  stack {{\n  }}\n\n  {schedule}\n}}\n";

        var cut = RenderPanel(script: script, settingsJson: settingsJson);

        cut.WaitForAssertion(() => Assert.Equal(expected, cut.FindAll("[data-testid=preview-run]").Select(r => r.TextContent)));
        Assert.Contains(userZone, cut.Find("[data-testid=run-preview] h3").TextContent);
    }

    private IRenderedComponent<TaskSettingsPanel> RenderPanel(
        string? script = null, string settingsJson = "", bool readOnly = false, IReadOnlyList<string>? tags = null)
    {
        _script = script ?? Script;
        return Render<TaskSettingsPanel>(p => p
            .Add(x => x.Script, _script)
            .Add(x => x.SettingsJson, settingsJson)
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.WorkspaceTags, tags ?? [])
            .Add(x => x.Datasources, ["live", "test", "staging"])
            .Add(x => x.SettingsJsonChanged, json => _settingsWritten = json)
            .Add(x => x.ApplyHeader, ApplyAsync));
    }

    // What the page does: apply the values to the editor's current text.
    private Task<TaskHeaderEdit> ApplyAsync(TaskHeaderValues values)
    {
        var edit = TaskHeaderEditor.Apply(_script, values);
        if (edit.Succeeded)
            _script = edit.Script!;
        return Task.FromResult(edit);
    }

    private static void Choose(IRenderedComponent<TaskSettingsPanel> cut, string testId, string option) =>
        cut.Find($"[data-testid={testId}] li[aria-label='{option}']").Click();
}
