using Platform.Engine.Work;

namespace Platform.Web.Model.Runs;

/// <summary>Run states as people read them ("timed out", not "timed_out"), and the states the run lists filter by.</summary>
public static class RunStateText
{
    public static readonly IReadOnlyList<string> States = [.. Enum.GetValues<RunState>().Select(s => s.Name())];

    private static readonly string[] Failures = [RunState.Failed.Name(), RunState.TimedOut.Name(), RunState.Interrupted.Name()];

    public static string Label(string state) => state.Replace('_', ' ');

    /// <summary>The run ended without doing its work: it failed, ran out of time, or its node went away.</summary>
    public static bool IsFailure(string state) => Failures.Contains(state);
}
