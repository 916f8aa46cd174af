using System.Text.Json;

namespace Platform.Engine.Scheduling;

/// <summary>Reads a parsed settings document into <see cref="TaskSettings"/>, collecting located errors as it goes.</summary>
internal sealed class TaskSettingsReader(JsonPositions positions)
{
    private static readonly string[] RootProperties = ["cron", "overlap", "missed_runs", "retry", "timeout_seconds", "history_days"];
    private static readonly string[] CronProperties = ["expression", "time_zone"];
    private static readonly string[] RetryProperties = ["count", "delay_seconds", "max_delay_seconds"];

    private const double LargestNumber = 10_000_000;

    public List<SettingsError> Errors { get; } = [];

    public TaskSettings Read(JsonElement root)
    {
        if (!Expect(root, JsonValueKind.Object, "$", "an object"))
            return TaskSettings.Default;
        CheckProperties(root, "$", RootProperties);
        var defaults = TaskPolicies.Default;
        var policies = defaults with
        {
            Overlap = Named(root, "overlap", TaskSettingsNames.Overlap, "\"skip\" or \"queue_one\"") ?? defaults.Overlap,
            MissedRuns = Named(root, "missed_runs", TaskSettingsNames.MissedRuns, "\"run_once\" or \"skip_all\"") ?? defaults.MissedRuns,
            Retry = Retry(root) ?? defaults.Retry,
            Timeout = Seconds(root, "$", "timeout_seconds") ?? defaults.Timeout,
            History = History(root) ?? defaults.History,
        };
        if (Errors.Count == 0)
        {
            foreach (var problem in policies.Validate())
                Error($"$.{problem.Setting}", problem.Message);
        }
        return new TaskSettings { Cron = Crons(root), Policies = policies };
    }

    private List<CronEntry> Crons(JsonElement root)
    {
        if (!root.TryGetProperty("cron", out var list) || !Expect(list, JsonValueKind.Array, "$.cron", "a list of { expression, time_zone }"))
            return [];
        var entries = new List<CronEntry>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (Cron(item, $"$.cron[{index++}]") is { } entry)
                entries.Add(entry);
        }
        return entries;
    }

    private CronEntry? Cron(JsonElement item, string path)
    {
        if (!Expect(item, JsonValueKind.Object, path, "an object { expression, time_zone }"))
            return null;
        CheckProperties(item, path, CronProperties);
        var expression = Text(item, path, "expression", required: true);
        var zone = Text(item, path, "time_zone", required: false) ?? "UTC";
        if (expression is null)
            return null;
        // The expression is checked on its own first, so each message points at the property it is about.
        if (CronSchedule.Parse(expression, "UTC").Error is { } badExpression)
        {
            Error($"{path}.expression", badExpression);
            return null;
        }
        if (CronSchedule.Parse(expression, zone).Error is { } badZone)
        {
            Error($"{path}.time_zone", badZone);
            return null;
        }
        return new CronEntry(expression.Trim(), zone.Trim());
    }

    private RetryPolicy? Retry(JsonElement root)
    {
        if (!root.TryGetProperty("retry", out var retry) || !Expect(retry, JsonValueKind.Object, "$.retry", "an object { count, delay_seconds, max_delay_seconds }"))
            return null;
        CheckProperties(retry, "$.retry", RetryProperties);
        var none = RetryPolicy.None;
        var count = Number(retry, "$.retry", "count") is { } n ? WholeNumber(n, "$.retry", "count") : null;
        return new RetryPolicy(
            count ?? none.Count,
            Seconds(retry, "$.retry", "delay_seconds") ?? none.Delay,
            Seconds(retry, "$.retry", "max_delay_seconds") ?? none.MaxDelay);
    }

    private HistoryRetention? History(JsonElement root)
    {
        if (!root.TryGetProperty("history_days", out var value))
            return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString() == TaskSettingsNames.AllHistory)
            return HistoryRetention.All;
        if (value.ValueKind != JsonValueKind.Number)
        {
            Error("$.history_days", "history_days must be a number of days or \"all\".");
            return null;
        }
        return Number(root, "$", "history_days") is { } days ? new HistoryRetention(TimeSpan.FromDays(days)) : null;
    }

    private TEnum? Named<TEnum>(JsonElement parent, string name, Func<string, TEnum?> lookup, string expected)
        where TEnum : struct
    {
        if (Text(parent, "$", name, required: false) is not { } text)
            return null;
        if (lookup(text) is { } value)
            return value;
        Error($"$.{name}", $"{name} must be {expected}; it is \"{text}\".");
        return null;
    }

    private TimeSpan? Seconds(JsonElement parent, string path, string name) =>
        Number(parent, path, name) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private double? Number(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Number)
        {
            Error($"{path}.{name}", $"{name} must be a number.");
            return null;
        }
        // Bounded before it becomes a TimeSpan, which would overflow; the policies' own ranges are far narrower.
        var number = value.GetDouble();
        if (Math.Abs(number) <= LargestNumber)
            return number;
        Error($"{path}.{name}", $"{name} is far too large ({value.GetRawText()}).");
        return null;
    }

    private int? WholeNumber(double number, string path, string name)
    {
        if (number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        Error($"{path}.{name}", $"{name} must be a whole number; it is {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        return null;
    }

    private string? Text(JsonElement parent, string path, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            if (required)
                Error(path, $"{name} is required.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Error($"{path}.{name}", $"{name} must be text.");
        return null;
    }

    private void CheckProperties(JsonElement element, string path, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                Error($"{path}.{property.Name}", $"'{property.Name}' is not a setting here; expected one of: {string.Join(", ", known)}.");
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind == kind)
            return true;
        Error(path, $"Expected {expected} here.");
        return false;
    }

    private void Error(string path, string message)
    {
        var (line, column) = positions.Of(path);
        Errors.Add(new SettingsError(path, line, column, message));
    }
}
