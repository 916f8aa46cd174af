namespace Platform.Engine.Scheduling;

/// <summary>A cron expression and the IANA time zone whose wall clock it is read on.</summary>
public sealed record CronEntry(string Expression, string TimeZone);

/// <summary>
/// A task's Platform settings: what XanoScript cannot say — cron schedules with a time zone and the engine's
/// policies. Stored beside the script and versioned with it (<see cref="TaskSettingsJson"/> is their format).
/// </summary>
public sealed record TaskSettings
{
    public static readonly TaskSettings Default = new();

    public IReadOnlyList<CronEntry> Cron { get; init; } = [];

    public TaskPolicies Policies { get; init; } = TaskPolicies.Default;
}

/// <summary>A problem in a settings document: where (a JSON path and a 1-based line and column) and what.</summary>
public sealed record SettingsError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}) {Path}: {Message}";
}

/// <summary>Settings read from a document, or the errors that kept it from being read (never both).</summary>
public sealed record SettingsParseResult(TaskSettings? Settings, IReadOnlyList<SettingsError> Errors)
{
    public bool Succeeded => Settings is not null;
}
