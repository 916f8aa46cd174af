using Platform.Data.Runs;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;

namespace Platform.Data.Tests.Runs;

/// <summary>The tasks, the processes' run records and what happened to the processes.</summary>
internal sealed record EngineMinute(
    List<int> Quick, int LongTask, int Endless, Dictionary<int, DateTime> FirstDue, Dictionary<int, DateTime> NextDue,
    List<RunEntry> Runs, List<RunEvent> Events, List<string> Nodes, KilledNode? Killed, DateTime StoppedAt, TimeSpan Seeding, TimeSpan Window);

/// <summary>The killed node, when, and the runs it held running at that moment.</summary>
internal sealed record KilledNode(string Node, DateTime At, List<RunEntry> Running);

/// <summary>What must hold after a minute of worker processes (<see cref="EngineProcessTests"/>), and a summary of it.</summary>
internal static class EngineMinuteChecks
{
    /// <summary>
    /// Every task's first attempts are its due occurrences between its first and its next one, each once. The one
    /// documented exception: an occurrence the schedulers only reached more than the lateness (60 s) after it was due
    /// is missed and gets no record of its own (<see cref="OccurrencePlanner"/>); the record that follows it was then
    /// written at least that late. A machine shared with other builds can put the schedulers that far behind.
    /// </summary>
    public static void AssertEachDueOccurrenceOnce(EngineMinute outcome)
    {
        foreach (var task in outcome.Quick.Append(outcome.LongTask).Append(outcome.Endless))
        {
            var expected = Seconds(outcome.FirstDue[task], outcome.NextDue[task]);
            var recorded = outcome.Runs.Where(r => r.TaskId == task && r.Attempt == 1).OrderBy(r => r.ScheduledFor).ToList();
            // Liveness, loosely (speed is the benchmark's business): the schedulers planned through the minute.
            Assert.True(recorded.Count >= outcome.Window.TotalSeconds / 6, $"task {task}: only {recorded.Count} occurrences were recorded");
            Assert.Equal(recorded.Count, recorded.Select(r => r.ScheduledFor).Distinct().Count());
            Assert.Empty(recorded.Select(r => r.ScheduledFor).Except(expected));
            foreach (var missing in expected.Except(recorded.Select(r => r.ScheduledFor)))
            {
                var next = recorded.FirstOrDefault(r => r.ScheduledFor > missing);
                Assert.True(next is not null && next.QueuedAt - missing >= OccurrencePlanner.DefaultLateness,
                    $"task {task}: the occurrence at {missing:O} has no record, yet the next was written at {next?.QueuedAt:O}, on time to record it");
            }
        }
    }

    /// <summary>Due occurrences the schedulers reached too late to record (see <see cref="AssertEachDueOccurrenceOnce"/>).</summary>
    private static int Missed(EngineMinute outcome) =>
        outcome.FirstDue.Keys.Sum(task => Seconds(outcome.FirstDue[task], outcome.NextDue[task]).Count)
        - outcome.Runs.Count(r => r.Attempt == 1 && outcome.FirstDue.ContainsKey(r.TaskId));

    /// <summary>
    /// From the run events: each execution (running until its next transition) of one occurrence, over all attempts
    /// and nodes, ends before the next one starts; none is left running once the processes have stopped.
    /// </summary>
    public static void AssertNoOccurrenceRanTwiceAtOnce(EngineMinute outcome)
    {
        var running = outcome.Runs.Where(r => r.State == RunState.Running.Name()).ToList();
        Assert.True(running.Count == 0, $"Stopped at {outcome.StoppedAt:O}, yet still running: " +
            string.Join("; ", running.Select(r => $"run {r.Id} on {r.Node}, started {r.StartedAt:O}")));
        var occurrenceOf = outcome.Runs.ToDictionary(r => r.Id, r => (r.TaskId, r.ScheduledFor));
        var executions = outcome.Events.GroupBy(e => e.RunId).SelectMany(Executions)
            .GroupBy(x => occurrenceOf[x.RunId]);
        foreach (var occurrence in executions)
        {
            var ordered = occurrence.OrderBy(x => x.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i - 1].End <= ordered[i].Start,
                    $"task {occurrence.Key.TaskId} at {occurrence.Key.ScheduledFor:O}: run {ordered[i - 1].RunId} on {ordered[i - 1].Node} " +
                    $"until {ordered[i - 1].End:O}, run {ordered[i].RunId} on {ordered[i].Node} from {ordered[i].Start:O}");
        }
    }

    /// <summary>The quick tasks ran on every node; the long one left skipped records while it ran; the endless one timed out.</summary>
    public static void AssertRunsSkipsAndTimeouts(EngineMinute outcome)
    {
        var quick = outcome.Quick.ToHashSet();
        var interrupted = RunState.Interrupted.Name();
        // Interrupted runs are the killed node's; a live node's too if the machine was so loaded it missed its heartbeats.
        Assert.All(outcome.Runs.Where(r => quick.Contains(r.TaskId)), r => Assert.True(
            r.State is "succeeded" or "skipped" or "queued" || (r.State == interrupted && r.Reason == LeaseReaper.Reason),
            $"run {r.Id} of task {r.TaskId} on {r.Node}: {r.State} ({r.Reason}{r.ErrorMessage})"));
        var succeededOn = outcome.Runs.Where(r => r.State == "succeeded").Select(r => r.Node).ToHashSet();
        Assert.All(outcome.Nodes, node => Assert.Contains(node, succeededOn));
        var longRuns = outcome.Runs.Where(r => r.TaskId == outcome.LongTask).ToList();
        Assert.Contains(longRuns, r => r.State == "succeeded");
        Assert.Contains(longRuns, r => r.State == "skipped" && r.Reason == SkipReasons.PreviousRunning);
        var endlessRuns = outcome.Runs.Where(r => r.TaskId == outcome.Endless).ToList();
        Assert.Contains(endlessRuns, r => r.State == "timed_out" && r.ErrorLimit == "wall_time");
        Assert.Contains(endlessRuns, r => r.State == "skipped" && r.Reason == SkipReasons.PreviousRunning);
        Assert.DoesNotContain(endlessRuns, r => r.State == "succeeded");
    }

    /// <summary>What the minute looked like, for the test's output: records by state and node, and the start lag.</summary>
    public static string Summary(EngineMinute outcome)
    {
        var states = outcome.Runs.GroupBy(r => $"{r.State}{(r.Node is null ? "" : " on " + r.Node)}{(r.Attempt > 1 ? " (retry)" : "")}")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        var lags = outcome.Runs.Where(r => r.StartedAt is not null && r.Attempt == 1)
            .Select(r => (r.StartedAt!.Value - r.ScheduledFor).TotalMilliseconds).Order().ToList();
        var lag = lags.Count == 0 ? "no runs started" : $"start lag p50 {lags[lags.Count / 2]:0} ms, p99 {lags[lags.Count * 99 / 100]:0} ms";
        var killed = outcome.Killed is { } k ? $"; killed {k.Node} holding {k.Running.Count} running runs, interrupted {Recovery(outcome, k)} later" : "";
        return FormattableString.Invariant($"Seeded in {outcome.Seeding.TotalSeconds:0.0} s. {Missed(outcome)} occurrences missed. {outcome.Runs.Count} records: {string.Join(", ", states)}; {lag}{killed}");
    }

    private static string Recovery(EngineMinute outcome, KilledNode killed)
    {
        var ids = killed.Running.Select(r => r.Id).ToHashSet();
        var after = outcome.Runs.Where(r => ids.Contains(r.Id) && r.FinishedAt is not null).Select(r => (r.FinishedAt!.Value - killed.At).TotalSeconds).ToList();
        return after.Count == 0 ? "never" : FormattableString.Invariant($"{after.Min():0.0}–{after.Max():0.0} s");
    }

    private static IEnumerable<(long RunId, string? Node, DateTime Start, DateTime End)> Executions(IEnumerable<RunEvent> events)
    {
        var ordered = events.OrderBy(e => e.Id).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].ToState != RunState.Running.Name())
                continue;
            var end = ordered.Skip(i + 1).FirstOrDefault(e => e.FromState == RunState.Running.Name());
            Assert.True(end is not null, $"run {ordered[i].RunId} never left running");
            yield return (ordered[i].RunId, ordered[i].Node, ordered[i].At, end.At);
        }
    }

    private static List<DateTime> Seconds(DateTime from, DateTime until)
    {
        var all = new List<DateTime>();
        for (var at = from; at < until; at = at.AddSeconds(1))
            all.Add(at);
        return all;
    }
}
