using Platform.Engine.Language.Parsing;

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

              schedule = [{starts_on: {{TimestampLiteral.Format(startsOn)}}, freq: {{DailySeconds}}}]
            }

            """;
    }

}
