using Platform.Engine.Runtime.Time;
using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

/// <summary>The next ten runs the task page previews, on a fixed clock, read in the user's zone across DST changes.</summary>
public sealed class SchedulePreviewTests
{
    private static TimeZoneInfo Zone(string id)
    {
        Assert.True(ScheduleTimeZones.TryFind(id, out var zone));
        return zone;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void HourlyInterval_AcrossBerlinsSpringChange_StaysEvenInUtcAndShowsTheNewOffset()
    {
        // Berlin moves from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
        var clock = new ManualClock(Utc(2026, 3, 28, 20, 30));
        var hourly = new ScheduleEvent(Utc(2026, 1, 1, 0), TimeSpan.FromHours(1), null);

        var runs = SchedulePreview.Next([hourly], [], clock, Zone("Europe/Berlin"));

        Assert.Equal(Enumerable.Range(0, 10).Select(h => Utc(2026, 3, 28, 21).AddHours(h)), runs);
        Assert.Equal(
            ["22:00+01", "23:00+01", "00:00+01", "01:00+01", "03:00+02", "04:00+02", "05:00+02", "06:00+02", "07:00+02", "08:00+02"],
            runs.Select(Local));
    }

    [Fact]
    public void DailyCron_AcrossBerlinsAutumnChange_KeepsTheWallClock()
    {
        // Berlin goes back from +02:00 to +01:00 at 01:00 UTC on 2026-10-25.
        var clock = new ManualClock(Utc(2026, 10, 20, 12));

        var runs = SchedulePreview.Next([], [new CronEntry("0 9 * * *", "Europe/Berlin")], clock, Zone("Europe/Berlin"));

        Assert.Equal(
            [Utc(2026, 10, 21, 7), Utc(2026, 10, 22, 7), Utc(2026, 10, 23, 7), Utc(2026, 10, 24, 7), Utc(2026, 10, 25, 8),
             Utc(2026, 10, 26, 8), Utc(2026, 10, 27, 8), Utc(2026, 10, 28, 8), Utc(2026, 10, 29, 8), Utc(2026, 10, 30, 8)],
            runs);
        Assert.All(runs, r => Assert.Equal(9, r.Hour));
    }

    [Fact]
    public void Cron_AcrossNewYorksSpringChange_SkippedTimeRunsAtTheJump()
    {
        // New York jumps from 02:00 EST to 03:00 EDT on 2026-03-08 (07:00 UTC): 02:30 does not exist that day.
        var clock = new ManualClock(Utc(2026, 3, 5, 12));

        var runs = SchedulePreview.Next([], [new CronEntry("30 2 * * *", "America/New_York")], clock, Zone("America/New_York"), count: 5);

        Assert.Equal([Utc(2026, 3, 6, 7, 30), Utc(2026, 3, 7, 7, 30), Utc(2026, 3, 8, 7), Utc(2026, 3, 9, 6, 30), Utc(2026, 3, 10, 6, 30)], runs);
        Assert.Equal(["02:30-05", "02:30-05", "03:00-04", "02:30-04", "02:30-04"], runs.Select(Local));
    }

    [Fact]
    public void IntervalAndCron_Together_InNewYorkAcrossTheAutumnChange_InterleaveInOrder()
    {
        // New York goes back from EDT (-04:00) to EST (-05:00) at 06:00 UTC on 2026-11-01.
        var clock = new ManualClock(Utc(2026, 11, 1, 3));
        var everyTwoHours = new ScheduleEvent(Utc(2026, 11, 1, 0), TimeSpan.FromHours(2), Utc(2026, 11, 1, 10));
        var cron = new CronEntry("30 1 * * *", "America/New_York");

        var runs = SchedulePreview.Next([everyTwoHours], [cron], clock, Zone("America/New_York"));

        // 01:30 happens twice that night and runs the first time only (05:30 UTC); the interval ends at 10:00 UTC.
        Assert.Equal(
            [Utc(2026, 11, 1, 4), Utc(2026, 11, 1, 5, 30), Utc(2026, 11, 1, 6), Utc(2026, 11, 1, 8), Utc(2026, 11, 1, 10),
             Utc(2026, 11, 2, 6, 30), Utc(2026, 11, 3, 6, 30), Utc(2026, 11, 4, 6, 30), Utc(2026, 11, 5, 6, 30), Utc(2026, 11, 6, 6, 30)],
            runs);
        Assert.Equal(["00:00-04", "01:30-04", "01:00-05", "03:00-05", "05:00-05"], runs.Take(5).Select(Local));
    }

    [Fact]
    public void NoSchedule_NoRuns()
    {
        Assert.Empty(SchedulePreview.Next([], [], new ManualClock(Utc(2026, 1, 1, 0)), TimeZoneInfo.Utc));
    }

    private static string Local(DateTimeOffset run) =>
        run.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + (run.Offset < TimeSpan.Zero ? "-" : "+") + Math.Abs(run.Offset.Hours).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
