using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

/// <summary>The scheduler's decision for one due task: on-time occurrences, overlap, missed runs after downtime.</summary>
public sealed class OccurrencePlannerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly ScheduleEvent EverySecond = new(Start, TimeSpan.FromSeconds(1), null);
    private static readonly ScheduleEvent EveryHour = new(Start, TimeSpan.FromHours(1), null);
    private static readonly OccurrencePlanner Planner = OccurrencePlanner.Default;

    private static TaskPolicies Policies(OverlapPolicy overlap = OverlapPolicy.Skip, MissedRunPolicy missed = MissedRunPolicy.RunOnce) =>
        TaskPolicies.Default with { Overlap = overlap, MissedRuns = missed };

    [Fact]
    public void Plan_NotYetDue_ChangesNothing()
    {
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(5), PendingRuns.None, Start.AddSeconds(4));

        Assert.True(plan.IsEmpty);
        Assert.Equal(Start.AddSeconds(5), plan.Next);
    }

    [Fact]
    public void Plan_DueAndIdle_EnqueuesTheOccurrenceAndAdvances()
    {
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(3), PendingRuns.None, Start.AddSeconds(3.2));

        Assert.Equal([Start.AddSeconds(3)], plan.Enqueue);
        Assert.Empty(plan.Skipped);
        Assert.Equal(Start.AddSeconds(4), plan.Next);
        Assert.False(plan.MissedAny);
    }

    [Fact]
    public void Plan_SkipWhileRunning_RecordsTheOccurrenceSkippedWithTheReason()
    {
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(3), new PendingRuns(true, 0), Start.AddSeconds(3));

        Assert.Empty(plan.Enqueue);
        Assert.Equal([new SkippedOccurrence(Start.AddSeconds(3), SkipReasons.PreviousRunning)], plan.Skipped);
    }

    [Fact]
    public void Plan_SkipWhilePreviousStillQueued_RecordsItSkipped()
    {
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(3), new PendingRuns(false, 1), Start.AddSeconds(3));

        Assert.Equal([new SkippedOccurrence(Start.AddSeconds(3), SkipReasons.PreviousQueued)], plan.Skipped);
    }

    [Fact]
    public void Plan_QueueOneWhileRunning_QueuesOneThenSkips()
    {
        var queueOne = Policies(OverlapPolicy.QueueOne);

        var first = Planner.Plan(EverySecond, queueOne, Start.AddSeconds(3), new PendingRuns(true, 0), Start.AddSeconds(4));

        Assert.Equal([Start.AddSeconds(3)], first.Enqueue);
        Assert.Equal([new SkippedOccurrence(Start.AddSeconds(4), SkipReasons.RunWaiting)], first.Skipped);
        var later = Planner.Plan(EverySecond, queueOne, Start.AddSeconds(5), new PendingRuns(true, 1), Start.AddSeconds(5));
        Assert.Equal([new SkippedOccurrence(Start.AddSeconds(5), SkipReasons.RunWaiting)], later.Skipped);
    }

    [Fact]
    public void Plan_TickLateWithinTheLateness_GivesEveryOccurrenceOneRecord()
    {
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(1), PendingRuns.None, Start.AddSeconds(5));

        Assert.Equal([Start.AddSeconds(1)], plan.Enqueue);
        Assert.Equal(Enumerable.Range(2, 4).Select(s => Start.AddSeconds(s)), plan.Skipped.Select(s => s.ScheduledFor));
        Assert.Equal(Start.AddSeconds(6), plan.Next);
    }

    [Fact]
    public void Plan_AfterDowntimeRunOnce_RunsTheLatestMissedSlotOnce()
    {
        // Down from 10:30 to 15:45: the 11:00 … 15:00 slots were missed; the stored next occurrence is 11:00.
        var plan = Planner.Plan(EveryHour, Policies(), Start.AddHours(1), PendingRuns.None, Start.AddHours(5.75));

        Assert.Equal([Start.AddHours(5)], plan.Enqueue);
        Assert.Empty(plan.Skipped);
        Assert.True(plan.MissedAny);
        Assert.Equal(Start.AddHours(6), plan.Next);
    }

    [Fact]
    public void Plan_AfterDowntimeSkipAll_RunsNothingAndAdvances()
    {
        var plan = Planner.Plan(EveryHour, Policies(missed: MissedRunPolicy.SkipAll), Start.AddHours(1), PendingRuns.None, Start.AddHours(5.75));

        Assert.True(plan.IsEmpty);
        Assert.True(plan.MissedAny);
        Assert.Equal(Start.AddHours(6), plan.Next);
    }

    [Fact]
    public void Plan_AWeekDownOnASecondSchedule_FindsTheLatestSlotWithoutWalkingThemAll()
    {
        var now = Start.AddDays(7).AddMinutes(5).AddMilliseconds(300);
        var plan = Planner.Plan(EverySecond, Policies(), Start.AddSeconds(1), PendingRuns.None, now);

        // The last minute's 60 slots are on time (one run, 59 skipped behind it); the week before is missed.
        Assert.Equal([Start.AddDays(7).AddMinutes(4).AddSeconds(1)], plan.Enqueue);
        Assert.Equal(59, plan.Skipped.Count);
        Assert.True(plan.MissedAny);
    }

    [Fact]
    public void Plan_AfterDowntimeRunOnce_WithOnlyMissedSlotsOfAnEndedEvent_RunsTheLastOne()
    {
        var ended = new ScheduleEvent(Start, TimeSpan.FromMinutes(10), Start.AddHours(1));

        var plan = Planner.Plan(ended, Policies(), Start.AddMinutes(10), PendingRuns.None, Start.AddHours(3));

        Assert.Equal([Start.AddHours(1)], plan.Enqueue);
        Assert.Null(plan.Next);
    }

    [Fact]
    public void LatestAtOrBefore_CronAcrossDays_IsTheLastSlotBeforeTheLimit()
    {
        var (cron, _) = CronSchedule.Parse("15 9 * * *", "Europe/Berlin");

        var latest = OccurrencePlanner.LatestAtOrBefore(cron!, Start.AddHours(-2).AddMinutes(15), Start.AddDays(3));

        Assert.Equal(new DateTimeOffset(2025, 1, 18, 8, 15, 0, TimeSpan.Zero), latest);
    }

    [Fact]
    public void FirstOccurrence_PastStart_IsTheNextSlotNotACatchUp()
    {
        Assert.Equal(Start.AddHours(3), OccurrencePlanner.FirstOccurrence(EveryHour, Start.AddHours(2).AddMinutes(1)));
        Assert.Equal(Start.AddHours(2), OccurrencePlanner.FirstOccurrence(EveryHour, Start.AddHours(2)));
    }

    [Fact]
    public void TaskScheduleDefinition_CombinesEventsAndCronsOnce()
    {
        var settings = new TaskSettings { Cron = [new CronEntry("30 10 * * *", "UTC"), new CronEntry("0 11 * * *", "UTC")] };
        var events = new[] { new ScheduleEvent(Start, TimeSpan.FromHours(1), null) };

        var schedule = TaskScheduleDefinition.From(events, settings);

        Assert.Equal([Start.AddHours(0.5), Start.AddHours(1), Start.AddHours(2)], schedule.Upcoming(Start, 3));
        Assert.False(schedule.IsEmpty);
        Assert.True(TaskScheduleDefinition.From([], TaskSettings.Default).IsEmpty);
    }
}
