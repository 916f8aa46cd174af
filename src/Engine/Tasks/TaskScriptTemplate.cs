using System.Globalization;

namespace Platform.Engine.Tasks;

/// <summary>The script a new task starts with: an empty stack and a daily schedule from the next UTC midnight.</summary>
public static class TaskScriptTemplate
{
    public const int DailySeconds = 86_400;

    public static string Create(string name, DateTimeOffset now)
    {
        var startsOn = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        return $$"""
            task {{TaskNames.ToScriptName(name)}} {
              stack {
              }

              schedule = [{starts_on: {{FormatTimestamp(startsOn)}}, freq: {{DailySeconds}}}]
            }

            """;
    }

    /// <summary>A XanoScript timestamp literal, e.g. <c>2025-10-01 06:00:00+0000</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
}
