namespace Platform.Engine.Scheduling;

/// <summary>How long a task's run records are kept; <see cref="KeepFor"/> null keeps them all.</summary>
public sealed record HistoryRetention(TimeSpan? KeepFor)
{
    public static readonly HistoryRetention Default = new(TimeSpan.FromDays(7));

    public static readonly HistoryRetention All = new((TimeSpan?)null);

    /// <summary>Runs that finished before this instant may be deleted; null when none may.</summary>
    public DateTimeOffset? DeleteBefore(DateTimeOffset now) => KeepFor is { } keep ? now - keep : null;

    public IReadOnlyList<PolicyProblem> Validate() =>
        KeepFor is { } keep && (keep < TimeSpan.FromDays(1) || keep > TimeSpan.FromDays(3650))
            ? [new("history_days", $"history_days must be between 1 and 3650, or \"all\"; it is {keep.TotalDays:0.###}.")]
            : [];
}
