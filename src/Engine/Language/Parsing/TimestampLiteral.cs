using System.Globalization;

namespace Platform.Engine.Language.Parsing;

/// <summary>Timestamp literals, <c>2025-10-01 06:00:00+0000</c>: read and written the way Xano exports them.</summary>
public static class TimestampLiteral
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 24)
            return false;
        var sign = text[19] == '-' ? -1 : 1;
        if (!int.TryParse(text.AsSpan(20, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var offsetHours)
            || !int.TryParse(text.AsSpan(22, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var offsetMinutes)
            || offsetHours > 14 || offsetMinutes > 59)
            return false;
        if (!DateTime.TryParseExact(text[..19], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        value = new DateTimeOffset(local, sign * new TimeSpan(offsetHours, offsetMinutes, 0));
        return true;
    }

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
}
