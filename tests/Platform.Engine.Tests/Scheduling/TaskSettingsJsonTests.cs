using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

/// <summary>The settings document beside a task's script: defaults, every setting, located errors, round trip.</summary>
public sealed class TaskSettingsJsonTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    public void Parse_NothingSet_GivesTheDefaults(string? text)
    {
        var parsed = TaskSettingsJson.Parse(text);

        Assert.Empty(parsed.Errors);
        Assert.Equal(TaskSettings.Default.Policies, parsed.Settings!.Policies);
        Assert.Empty(parsed.Settings.Cron);
        Assert.Equal(OverlapPolicy.Skip, parsed.Settings.Policies.Overlap);
        Assert.Equal(MissedRunPolicy.RunOnce, parsed.Settings.Policies.MissedRuns);
        Assert.Equal(TimeSpan.FromMinutes(15), parsed.Settings.Policies.Timeout);
        Assert.Equal(TimeSpan.FromDays(7), parsed.Settings.Policies.History.KeepFor);
        Assert.Equal(0, parsed.Settings.Policies.Retry.Count);
    }

    [Fact]
    public void Parse_EverySetting_ReadsThemAll()
    {
        var parsed = TaskSettingsJson.Parse("""
            {
              "cron": [{ "expression": "0 9 * * 1-5", "time_zone": "Europe/Berlin" }, { "expression": "*/5 * * * *" }],
              "overlap": "queue_one",
              "missed_runs": "skip_all",
              "retry": { "count": 3, "delay_seconds": 10, "max_delay_seconds": 120 },
              "timeout_seconds": 60,
              "history_days": "all"
            }
            """);

        Assert.Empty(parsed.Errors);
        var settings = parsed.Settings!;
        Assert.Equal([new CronEntry("0 9 * * 1-5", "Europe/Berlin"), new CronEntry("*/5 * * * *", "UTC")], settings.Cron);
        Assert.Equal(OverlapPolicy.QueueOne, settings.Policies.Overlap);
        Assert.Equal(MissedRunPolicy.SkipAll, settings.Policies.MissedRuns);
        Assert.Equal(new RetryPolicy(3, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2)), settings.Policies.Retry);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.Policies.Timeout);
        Assert.Equal(HistoryRetention.All, settings.Policies.History);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameSettings()
    {
        var settings = new TaskSettings
        {
            Cron = [new CronEntry("30 2 * * *", "America/New_York")],
            Policies = TaskPolicies.Default with
            {
                Overlap = OverlapPolicy.QueueOne,
                Retry = new RetryPolicy(2, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(40)),
                Timeout = TimeSpan.FromSeconds(90),
                History = new HistoryRetention(TimeSpan.FromDays(30)),
            },
        };

        var reread = TaskSettingsJson.Parse(TaskSettingsJson.Write(settings));

        Assert.Empty(reread.Errors);
        Assert.Equal(settings.Policies, reread.Settings!.Policies);
        Assert.Equal(settings.Cron, reread.Settings.Cron);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhereTheSyntaxBreaks()
    {
        var parsed = TaskSettingsJson.Parse("{\n  \"overlap\": \"skip\"\n  \"timeout_seconds\": 5\n}");

        var error = Assert.Single(parsed.Errors);
        Assert.Null(parsed.Settings);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("The settings are not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownNameOrValue_PointsAtEachProblem()
    {
        var parsed = TaskSettingsJson.Parse("""
            {
              "overlap": "parallel",
              "retries": 3,
              "retry": { "count": 1.5 }
            }
            """);

        Assert.Null(parsed.Settings);
        Assert.Collection(
            parsed.Errors,
            e => Assert.Equal(("$.retries", 3, 3), (e.Path, e.Line, e.Column)),
            e => Assert.Equal(("$.overlap", 2, 3, "overlap must be \"skip\" or \"queue_one\"; it is \"parallel\"."), (e.Path, e.Line, e.Column, e.Message)),
            e => Assert.Equal(("$.retry.count", 4, 14), (e.Path, e.Line, e.Column)));
    }

    [Fact]
    public void Parse_BadCron_PointsAtTheExpressionOrTheZone()
    {
        var parsed = TaskSettingsJson.Parse("""
            { "cron": [
                { "expression": "61 * * * *" },
                { "expression": "0 * * * *", "time_zone": "Mars/Olympus" },
                { "time_zone": "UTC" }
            ] }
            """);

        Assert.Collection(
            parsed.Errors,
            e => Assert.Equal(("$.cron[0].expression", 2, 7), (e.Path, e.Line, e.Column)),
            e => Assert.Equal(("$.cron[1].time_zone", 3, 34), (e.Path, e.Line, e.Column)),
            e => Assert.Equal(("$.cron[2]", "expression is required."), (e.Path, e.Message)));
    }

    [Theory]
    [InlineData("""{ "timeout_seconds": 0 }""", "$.timeout_seconds")]
    [InlineData("""{ "timeout_seconds": 100000 }""", "$.timeout_seconds")]
    [InlineData("""{ "retry": { "count": 11 } }""", "$.retry.count")]
    [InlineData("""{ "retry": { "delay_seconds": 60, "max_delay_seconds": 10 } }""", "$.retry.max_delay_seconds")]
    [InlineData("""{ "history_days": 0 }""", "$.history_days")]
    [InlineData("""{ "history_days": "forever" }""", "$.history_days")]
    [InlineData("""{ "history_days": 1e300 }""", "$.history_days")]
    [InlineData("""{ "timeout_seconds": -1e300 }""", "$.timeout_seconds")]
    [InlineData("""{ "retry": { "delay_seconds": 1e300 } }""", "$.retry.delay_seconds")]
    [InlineData("""{ "overlap": 1 }""", "$.overlap")]
    [InlineData("""{ "cron": {} }""", "$.cron")]
    [InlineData("""{ "cron": [1] }""", "$.cron[0]")]
    [InlineData("""[1, 2]""", "$")]
    public void Parse_OutOfRange_NamesTheSetting(string text, string path)
    {
        var parsed = TaskSettingsJson.Parse(text);

        Assert.Equal(path, Assert.Single(parsed.Errors).Path);
    }

    [Fact]
    public void EffectiveTimeout_IsCappedByTheWorkspace()
    {
        var policies = TaskPolicies.Default with { Timeout = TimeSpan.FromMinutes(30) };

        Assert.Equal(TimeSpan.FromMinutes(10), policies.EffectiveTimeout(TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromMinutes(30), policies.EffectiveTimeout(TimeSpan.FromHours(1)));
    }
}
