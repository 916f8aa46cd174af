using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;

namespace Platform.Web.Model.Tasks;

/// <summary>A cron entry as the form edits it.</summary>
public sealed class CronRow
{
    public string Expression { get; set; } = "0 9 * * 1-5";

    public string TimeZone { get; set; } = "UTC";
}

/// <summary>
/// The Platform settings (stored beside the script) as the form edits them: cron entries and the engine's policies.
/// Problems are located by the settings document's names (<c>cron[0].expression</c>, <c>retry.count</c>…).
/// </summary>
public sealed class SettingsForm
{
    public List<CronRow> Crons { get; set; } = [];

    public OverlapPolicy Overlap { get; set; }

    public MissedRunPolicy MissedRuns { get; set; }

    public int RetryCount { get; set; }

    public double RetryDelaySeconds { get; set; }

    public double RetryMaxDelaySeconds { get; set; }

    public double TimeoutSeconds { get; set; }

    public bool KeepAllHistory { get; set; }

    public double HistoryDays { get; set; }

    public static SettingsForm From(TaskSettings settings)
    {
        var policies = settings.Policies;
        return new SettingsForm
        {
            Crons = [.. settings.Cron.Select(c => new CronRow { Expression = c.Expression, TimeZone = c.TimeZone })],
            Overlap = policies.Overlap,
            MissedRuns = policies.MissedRuns,
            RetryCount = policies.Retry.Count,
            RetryDelaySeconds = policies.Retry.Delay.TotalSeconds,
            RetryMaxDelaySeconds = policies.Retry.MaxDelay.TotalSeconds,
            TimeoutSeconds = policies.Timeout.TotalSeconds,
            KeepAllHistory = policies.History.KeepFor is null,
            HistoryDays = policies.History.KeepFor?.TotalDays ?? HistoryRetention.Default.KeepFor!.Value.TotalDays,
        };
    }

    /// <summary>The settings, or every problem found (never both).</summary>
    public (TaskSettings? Settings, IReadOnlyList<FieldProblem> Problems) ToSettings()
    {
        var problems = new List<FieldProblem>();
        var crons = new List<CronEntry>();
        for (var i = 0; i < Crons.Count; i++)
        {
            var row = Crons[i];
            // The expression is checked on its own first, so each message sits beside the input it is about.
            if (CronSchedule.Parse(row.Expression ?? "", "UTC").Error is { } badExpression)
                problems.Add(new($"cron[{i}].expression", badExpression));
            else if (CronSchedule.Parse(row.Expression!, row.TimeZone ?? "").Error is { } badZone)
                problems.Add(new($"cron[{i}].time_zone", badZone));
            else
                crons.Add(new CronEntry(row.Expression!.Trim(), row.TimeZone!.Trim()));
        }
        var policies = TaskPolicies.Default with
        {
            Overlap = Overlap,
            MissedRuns = MissedRuns,
            Retry = new RetryPolicy(RetryCount, Seconds(RetryDelaySeconds), Seconds(RetryMaxDelaySeconds)),
            Timeout = Seconds(TimeoutSeconds),
            History = KeepAllHistory ? HistoryRetention.All : new HistoryRetention(TimeSpan.FromDays(Math.Clamp(HistoryDays, -1, 100_000))),
        };
        problems.AddRange(policies.Validate().Select(p => new FieldProblem(p.Setting, p.Message)));
        return problems.Count > 0 ? (null, problems) : (new TaskSettings { Cron = crons, Policies = policies }, []);
    }

    // Bounded before it becomes a TimeSpan (which would overflow); the policies' own checks give the message.
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Math.Clamp(double.IsFinite(seconds) ? seconds : 0, -1, 10_000_000));
}
