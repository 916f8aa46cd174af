using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;

namespace Platform.Engine.Tests.Tasks.Editing;

/// <summary>Schedule events as the form enters them: wall-clock times in a time zone.</summary>
public sealed class ScheduleEventInputTests
{
    [Fact]
    public void BerlinWinterMorning_IsEightUtc()
    {
        var (scheduleEvent, problems) = new ScheduleEventInput(new DateTime(2026, 1, 5, 9, 0, 0), "Europe/Berlin", 86_400, null).ToEvent("schedule[0]");

        Assert.Empty(problems);
        Assert.Equal(new ScheduleEvent(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1), null), scheduleEvent);
    }

    [Fact]
    public void ATimeTheClocksSkip_IsRefused()
    {
        var (_, problems) = new ScheduleEventInput(new DateTime(2026, 3, 8, 2, 30, 0), "America/New_York", 60, null).ToEvent("schedule[1]");

        var problem = Assert.Single(problems);
        Assert.Equal("schedule[1].starts_on", problem.Field);
        Assert.Contains("does not exist in America/New_York", problem.Message);
    }

    [Fact]
    public void ATimeThatHappensTwice_IsTheFirst()
    {
        // 2026-11-01 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST) in New York.
        var (scheduleEvent, _) = new ScheduleEventInput(new DateTime(2026, 11, 1, 1, 30, 0), "America/New_York", null, null).ToEvent("schedule[0]");

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), scheduleEvent!.StartsOn);
    }

    [Theory]
    [InlineData("Mars/Olympus", null, 0, "schedule[0].time_zone")]
    [InlineData("UTC", 0L, 0, "schedule[0].freq")]
    [InlineData("UTC", 60L, -1, "schedule[0].ends_on")]
    public void InvalidValues_AreRefusedAndLocated(string zone, long? frequency, int endDays, string field)
    {
        var start = new DateTime(2026, 1, 5, 9, 0, 0);
        var (scheduleEvent, problems) = new ScheduleEventInput(start, zone, frequency, endDays == 0 ? null : start.AddDays(endDays)).ToEvent("schedule[0]");

        Assert.Null(scheduleEvent);
        Assert.Equal(field, Assert.Single(problems).Field);
    }

    [Fact]
    public void From_ShowsTheEventOnTheZonesWallClock()
    {
        ScheduleTimeZones.TryFind("America/New_York", out var zone);
        var input = ScheduleEventInput.From(new ScheduleEvent(new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1), null), zone);

        Assert.Equal(new ScheduleEventInput(new DateTime(2026, 7, 1, 12, 0, 0), "America/New_York", 3600, null), input);
    }
}
