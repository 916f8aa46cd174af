using System.Globalization;

namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Reads a date and time from text the way Xano does (reference §10): ISO 8601, "YYYY-MM-DD HH:MM:SS", and "now".
/// Times without an offset are read in the given zone.
/// </summary>
public static class TimestampParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    public static bool TryParse(string text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            instant = now;
            return true;
        }
        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            instant = parsed.Kind switch
            {
                DateTimeKind.Utc => new DateTimeOffset(parsed, TimeSpan.Zero),
                DateTimeKind.Local => new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero),
                _ => new DateTimeOffset(parsed, zone.GetUtcOffset(parsed)),
            };
            return true;
        }
        // Xano's own literal form: 2025-10-01 06:00:00+0000.
        if (Language.Parsing.TimestampLiteral.TryParse(trimmed, out instant))
            return true;
        instant = default;
        return false;
    }
}
