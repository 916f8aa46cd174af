namespace Platform.Engine.Scheduling;

/// <summary>IANA time zones by name, as schedules and the task form name them.</summary>
public static class ScheduleTimeZones
{
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
            return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    public static string UnknownMessage(string? id) => $"'{id}' is not a known time zone; use an IANA name such as Europe/Berlin or UTC.";
}
