using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

/// <summary>Cron expressions on a zone's wall clock, through both daylight-saving changes in two zones.</summary>
public sealed class CronScheduleTests
{
    private static CronSchedule Cron(string expression, string zone = "UTC")
    {
        var (schedule, error) = CronSchedule.Parse(expression, zone);
        Assert.Null(error);
        return schedule!;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void EveryFifteenMinutes_InUtc()
    {
        Assert.Equal(
            [Utc(2025, 1, 15, 10, 45), Utc(2025, 1, 15, 11, 0), Utc(2025, 1, 15, 11, 15)],
            Cron("*/15 * * * *").Upcoming(Utc(2025, 1, 15, 10, 30), 3));
    }

    [Fact]
    public void WithSeconds_SixFields()
    {
        Assert.Equal(Utc(2025, 1, 15, 10, 30).AddSeconds(30), Cron("30 * * * * *").NextAfter(Utc(2025, 1, 15, 10, 30)));
    }

    [Fact]
    public void DailyAtNine_InBerlin_FollowsTheWallClockAcrossSummerTime()
    {
        // 9:00 in Berlin is 08:00 UTC in winter (+01:00) and 07:00 UTC in summer (+02:00); summer starts 2025-03-30.
        var next = Cron("0 9 * * *", "Europe/Berlin").Upcoming(Utc(2025, 3, 28, 12), 3);

        Assert.Equal([Utc(2025, 3, 29, 8), Utc(2025, 3, 30, 7), Utc(2025, 3, 31, 7)], next);
    }

    [Fact]
    public void ATimeTheClocksSkip_RunsOnceWhenTheyJump_Berlin()
    {
        // 2025-03-30 02:00 → 03:00 in Berlin: 02:30 does not exist that day.
        var next = Cron("30 2 * * *", "Europe/Berlin").Upcoming(Utc(2025, 3, 29, 12), 3);

        Assert.Equal([Utc(2025, 3, 30, 1), Utc(2025, 3, 31, 0, 30), Utc(2025, 4, 1, 0, 30)], next);
    }

    [Fact]
    public void FrequentCronThroughTheGap_RunsOnceAtTheJumpThenContinues_NewYork()
    {
        // 2025-03-09 02:00 → 03:00 in New York (-05:00 → -04:00).
        var next = Cron("*/30 * * * *", "America/New_York").Upcoming(Utc(2025, 3, 9, 6, 15), 4);

        // 01:30 EST, then the gap's 02:00 and 02:30 collapse into 03:00 EDT, then 03:30 EDT.
        Assert.Equal([Utc(2025, 3, 9, 6, 30), Utc(2025, 3, 9, 7), Utc(2025, 3, 9, 7, 30), Utc(2025, 3, 9, 8)], next);
    }

    [Fact]
    public void ATimeThatHappensTwice_RunsOnceTheFirstTime_Berlin()
    {
        // 2025-10-26 03:00 → 02:00 in Berlin: 02:30 happens at 00:30 UTC (+02:00) and again at 01:30 UTC (+01:00).
        var next = Cron("30 2 * * *", "Europe/Berlin").Upcoming(Utc(2025, 10, 25, 12), 2);

        Assert.Equal([Utc(2025, 10, 26, 0, 30), Utc(2025, 10, 27, 1, 30)], next);
    }

    [Fact]
    public void FrequentCronThroughTheRepeatedHour_DoesNotRunItTwice_NewYork()
    {
        // 2025-11-02 02:00 EDT → 01:00 EST: 01:00–01:59 happens twice.
        var next = Cron("0,30 * * * *", "America/New_York").Upcoming(Utc(2025, 11, 2, 4, 45), 4);

        // 01:00 EDT, 01:30 EDT; the repeat (01:00, 01:30 EST) is skipped; 02:00 EST, 02:30 EST.
        Assert.Equal([Utc(2025, 11, 2, 5), Utc(2025, 11, 2, 5, 30), Utc(2025, 11, 2, 7), Utc(2025, 11, 2, 7, 30)], next);
    }

    [Fact]
    public void AskingFromInsideTheRepeatedHour_ContinuesAfterIt()
    {
        var inRepeat = Utc(2025, 11, 2, 6, 10); // 01:10 EST, the second pass

        Assert.Equal(Utc(2025, 11, 2, 7), Cron("0,30 * * * *", "America/New_York").NextAfter(inRepeat));
    }

    [Fact]
    public void ImpossibleDate_NeverRuns()
    {
        Assert.Null(Cron("0 0 30 2 *").NextAfter(Utc(2025, 1, 1, 0)));
    }

    [Theory]
    [InlineData("* * * *", "UTC", "A cron expression has 5 fields (minute hour day month weekday), or 6 with seconds first; '* * * *' has 4.")]
    [InlineData("61 * * * *", "UTC", "'61 * * * *' is not a valid cron expression: each field takes numbers, ranges (1-5), lists (1,3), steps (*/15) or *.")]
    [InlineData("0 9 * * *", "Mars/Olympus", "'Mars/Olympus' is not a known time zone; use an IANA name such as Europe/Berlin or UTC.")]
    public void Parse_BadInput_SaysWhatIsWrong(string expression, string zone, string message)
    {
        var (schedule, error) = CronSchedule.Parse(expression, zone);

        Assert.Null(schedule);
        Assert.Equal(message, error);
    }
}
