namespace Platform.Engine.Scheduling;

/// <summary>
/// How often a failed run is tried again and how long to wait: the delay doubles from <see cref="Delay"/> with each
/// retry up to <see cref="MaxDelay"/>, and each wait is drawn between half and all of that ("equal jitter"), so
/// many tasks failing together do not retry in lockstep yet never retry sooner than half the planned delay.
/// </summary>
public sealed record RetryPolicy(int Count, TimeSpan Delay, TimeSpan MaxDelay)
{
    public const int MostRetries = 10;

    public static readonly RetryPolicy None = new(0, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1));

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan DelayBefore(int retry, Random random)
    {
        var doubled = Delay.Ticks * Math.Pow(2, Math.Max(0, retry - 1));
        var planned = Math.Min(doubled, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(planned / 2 + random.NextDouble() * planned / 2));
    }

    public IReadOnlyList<PolicyProblem> Validate()
    {
        var problems = new List<PolicyProblem>();
        if (Count is < 0 or > MostRetries)
            problems.Add(new("retry.count", $"retry.count must be between 0 and {MostRetries}; it is {Count}."));
        if (Delay < TimeSpan.FromSeconds(1))
            problems.Add(new("retry.delay_seconds", $"retry.delay_seconds must be at least 1; it is {Delay.TotalSeconds:0.###}."));
        if (MaxDelay < Delay)
            problems.Add(new("retry.max_delay_seconds", $"retry.max_delay_seconds ({MaxDelay.TotalSeconds:0.###}) must not be less than retry.delay_seconds ({Delay.TotalSeconds:0.###})."));
        return problems;
    }
}
