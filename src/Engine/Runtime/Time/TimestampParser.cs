namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Reads a date and time from text the way Xano does (reference §10): ISO 8601, "YYYY-MM-DD HH:MM:SS", Xano's
/// "2025-10-01 06:00:00+0000", "now", and PHP <c>strtotime</c> phrases ("-7 days", "next monday", "first day of
/// next month") relative to a base time. Times without a zone are read in the given zone.
/// </summary>
public static class TimestampParser
{
    /// <summary>The instant the text names, relative to <paramref name="now"/>; false when the text is not understood.</summary>
    public static bool TryParse(string text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        var phrase = TimePhraseReader.Read(text.Trim());
        if (phrase is null)
            return false;
        try
        {
            instant = phrase.Resolve(now, zone);
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return false;
        }
    }
}
