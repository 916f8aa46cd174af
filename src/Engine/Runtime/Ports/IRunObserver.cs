using Platform.Engine.Runtime.Execution;

namespace Platform.Engine.Runtime.Ports;

/// <summary>Hears a run as it happens (the editor's live output). Calls come from the run's thread; keep them quick.</summary>
public interface IRunObserver
{
    void OnLog(LogEntry entry);

    void OnStep(TraceStep executed);
}
