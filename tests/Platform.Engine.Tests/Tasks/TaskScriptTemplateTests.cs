using Platform.Engine.Tasks;

namespace Platform.Engine.Tests.Tasks;

public sealed class TaskScriptTemplateTests
{
    [Fact]
    public void Create_StartsTheDailyScheduleAtTheNextUtcMidnight()
    {
        var now = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(-5)); // 04:30 UTC on the 23rd

        var script = TaskScriptTemplate.Create("daily_report", now);

        Assert.Equal(
            """
            task daily_report {
              stack {
              }

              schedule = [{starts_on: 2026-11-24 00:00:00+0000, freq: 86400}]
            }

            """,
            script);
    }

    [Fact]
    public void Create_NameNeedingQuotes_QuotedHeaderThatReadsBack()
    {
        var script = TaskScriptTemplate.Create("nightly clean-up", DateTimeOffset.UnixEpoch);

        Assert.Equal("nightly clean-up", TaskHeader.Find(script)?.Name);
    }

    [Fact]
    public void Create_TheSkeletonIsAValidTaskWithoutDiagnostics()
    {
        var analysis = Platform.Engine.Language.ScriptAnalyzer.Analyze(TaskScriptTemplate.Create("daily_report", DateTimeOffset.UnixEpoch));

        Assert.Empty(analysis.Diagnostics);
    }
}
