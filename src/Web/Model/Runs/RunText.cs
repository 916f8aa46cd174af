using Platform.Data.Runs;
using Platform.Engine.Work;

namespace Platform.Web.Model.Runs;

/// <summary>
/// Runs as people read them: states ("timed out", not "timed_out"), the states the run lists filter by, and versions
/// ("v3", or "draft" for a Run now of the editor's script).
/// </summary>
public static class RunText
{
    public static readonly IReadOnlyList<string> States = [.. Enum.GetValues<RunState>().Select(s => s.Name())];

    private static readonly string[] Failures = [RunState.Failed.Name(), RunState.TimedOut.Name(), RunState.Interrupted.Name()];

    public static string Label(string state) => state.Replace('_', ' ');

    public static string Version(int number) => number > 0 ? $"v{number}" : "draft";

    /// <summary>The run has ended (or never started, when skipped): nothing about it changes any more.</summary>
    public static bool IsOver(string state) => state != RunState.Queued.Name() && state != RunState.Running.Name();

    /// <summary>When a log entry was made, as the run views show it (the time of day, to the millisecond, UTC).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The run ended without doing its work: it failed, ran out of time, or its node went away.</summary>
    public static bool IsFailure(string state) => Failures.Contains(state);

    /// <summary>The run has ended in a way "Run again" can repeat (not skipped: a skipped occurrence never ran).</summary>
    public static bool CanRunAgain(string state) => Enum.GetValues<RunState>().Any(s => s.Name() == state && ManualRuns.CanRunAgain(s));
}
