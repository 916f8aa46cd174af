namespace Platform.Engine.Runtime.Sandbox;

/// <summary>
/// What one run may use. Every limit stops the run with its own error when reached, naming the limit and where.
/// </summary>
public sealed record RunLimits
{
    public static readonly RunLimits Default = new();

    public TimeSpan WallTime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Statements executed in the whole run, across loops and functions.</summary>
    public long Steps { get; init; } = 100_000_000;

    /// <summary>Iterations of any one loop (foreach, for, while) or higher-order filter.</summary>
    public long LoopIterations { get; init; } = 10_000_000;

    /// <summary>How deep <c>function.run</c> may nest.</summary>
    public int FunctionDepth { get; init; } = 32;

    /// <summary>The largest value a variable may hold, in approximate bytes.</summary>
    public long ValueBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Records one query may return.</summary>
    public int RecordsPerQuery { get; init; } = 10_000;

    /// <summary>Outgoing HTTP requests and e-mails per run.</summary>
    public int Requests { get; init; } = 1_000;
}
