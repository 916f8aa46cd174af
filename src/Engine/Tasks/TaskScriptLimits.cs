namespace Platform.Engine.Tasks;

public static class TaskScriptLimits
{
    /// <summary>A generous bound on a task's script; real tasks are a few kilobytes.</summary>
    public const int MaxLength = 1_000_000;
}
