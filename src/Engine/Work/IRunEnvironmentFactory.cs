using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Work;

/// <summary>Which run an environment is for: the workspace and datasource it reaches, and the run itself.</summary>
public sealed record RunTarget(int WorkspaceId, string Datasource, int TaskId, long RunId);

/// <summary>
/// Builds what a run may reach in its workspace and datasource: record store, mail, HTTP, functions, environment
/// variables. The environment's <c>Limits.WallTime</c> is the workspace's longest allowed run; the worker lowers it to
/// the task's timeout, and sets the clock and the observer itself.
/// </summary>
public interface IRunEnvironmentFactory
{
    ValueTask<RunEnvironment> CreateAsync(RunTarget target, CancellationToken cancellationToken);
}

/// <summary>
/// Hears runs as they happen, for live output (the IDE's "Run now"): start, each log entry and executed statement,
/// the end. Calls come from the run's thread; implementations hand them off and return quickly, and never throw.
/// </summary>
public interface IRunOutputSink
{
    /// <summary>
    /// Whether this run's log entries and statements are wanted. Runs nobody watches then pay nothing per statement;
    /// <see cref="OnStarted"/> and <see cref="OnFinished"/> are called for every run regardless.
    /// </summary>
    bool Observes(RunRecord run) => true;

    void OnStarted(RunRecord run);

    void OnLog(long runId, LogEntry entry);

    void OnStep(long runId, TraceStep executed);

    void OnFinished(long runId, RunState state);
}
