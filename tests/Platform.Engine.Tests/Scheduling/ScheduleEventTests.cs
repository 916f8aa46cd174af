using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

public sealed class ScheduleEventTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 15, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextAfter_BeforeTheStart_IsTheStart()
    {
        var daily = new ScheduleEvent(Start, TimeSpan.FromDays(1), null);

        Assert.Equal(Start, daily.NextAfter(Start.AddDays(-3)));
    }

    [Fact]
    public void NextAfter_TheStartItself_IsTheNextSlot()
    {
        var daily = new ScheduleEvent(Start, TimeSpan.FromDays(1), null);

        Assert.Equal(Start.AddDays(1), daily.NextAfter(Start));
    }

    [Fact]
    public void NextAfter_LongAfterAPastStart_IsTheNextSlotNotACatchUp()
    {
        var hourly = new ScheduleEvent(Start, TimeSpan.FromHours(1), null);

        Assert.Equal(Start.AddDays(40).AddHours(3), hourly.NextAfter(Start.AddDays(40).AddHours(2).AddMinutes(59)));
        Assert.Equal(Start.AddDays(40).AddHours(3), hourly.NextAfter(Start.AddDays(40).AddHours(2).AddTicks(1)));
    }

    [Fact]
    public void Upcoming_EverySecond_GivesConsecutiveSlots()
    {
        var everySecond = new ScheduleEvent(Start, TimeSpan.FromSeconds(1), null);

        var next = everySecond.Upcoming(Start.AddMilliseconds(500), 3);

        Assert.Equal([Start.AddSeconds(1), Start.AddSeconds(2), Start.AddSeconds(3)], next);
    }

    [Fact]
    public void EndsOn_IsTheLastPossibleSlot()
    {
        var daily = new ScheduleEvent(Start, TimeSpan.FromDays(1), Start.AddDays(2));

        Assert.Equal([Start, Start.AddDays(1), Start.AddDays(2)], daily.Upcoming(Start.AddDays(-1), 10));
        Assert.Null(daily.NextAfter(Start.AddDays(2)));
    }

    [Fact]
    public void WithoutFrequency_RunsOnceAtTheStart()
    {
        var once = new ScheduleEvent(Start, null, null);

        Assert.Equal(Start, once.NextAfter(Start.AddSeconds(-1)));
        Assert.Null(once.NextAfter(Start));
    }

    [Fact]
    public void Frequency_NearTheEndOfTime_DoesNotOverflow()
    {
        var yearly = new ScheduleEvent(DateTimeOffset.MaxValue.AddYears(-2), TimeSpan.FromDays(400), null);

        Assert.Null(yearly.NextAfter(DateTimeOffset.MaxValue.AddDays(-1)));
    }

    [Fact]
    public void SeveralEvents_AreTheUnionAndASharedInstantComesOnce()
    {
        var everySixHours = new ScheduleEvent(Start, TimeSpan.FromHours(6), null);
        var daily = new ScheduleEvent(Start, TimeSpan.FromDays(1), null);
        var once = new ScheduleEvent(Start.AddHours(1), null, null);
        var schedule = new CombinedSchedule([everySixHours, daily, once]);

        var next = schedule.Upcoming(Start, 5);

        Assert.Equal([Start.AddHours(1), Start.AddHours(6), Start.AddHours(12), Start.AddHours(18), Start.AddHours(24)], next);
    }

    [Fact]
    public void NoEvents_NeverRuns()
    {
        Assert.Null(new CombinedSchedule([]).NextAfter(Start));
    }
}
