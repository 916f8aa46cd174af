using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;

namespace Platform.Engine.Work;

/// <summary>Passes a run's live output to the engine's sink with the run's id.</summary>
internal sealed class RunOutputObserver(long runId, IRunOutputSink sink) : IRunObserver
{
    public void OnLog(LogEntry entry) => sink.OnLog(runId, entry);

    public void OnStep(TraceStep executed) => sink.OnStep(runId, executed);
}
