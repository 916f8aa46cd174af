using System.Globalization;
using System.Text;

namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Formats an instant with PHP <c>date()</c> letters in a time zone. A backslash prints the next character as it is;
/// characters that are not format letters print unchanged.
/// </summary>
public static class PhpDateFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(DateTimeOffset instant, string format, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var builder = new StringBuilder(format.Length * 2);
        for (var i = 0; i < format.Length; i++)
        {
            var letter = format[i];
            if (letter == '\\')
            {
                if (++i < format.Length)
                    builder.Append(format[i]);
                continue;
            }
            builder.Append(Letter(letter, local, zone) ?? letter.ToString());
        }
        return builder.ToString();
    }

    private static string? Letter(char letter, DateTimeOffset t, TimeZoneInfo zone) => letter switch
    {
        'd' => Two(t.Day),
        'D' => t.ToString("ddd", Invariant),
        'j' => Text(t.Day),
        'l' => t.ToString("dddd", Invariant),
        'N' => Text(IsoDay(t)),
        'S' => Suffix(t.Day),
        'w' => Text((int)t.DayOfWeek),
        'z' => Text(t.DayOfYear - 1),
        'W' => Two(ISOWeek.GetWeekOfYear(t.DateTime)),
        'F' => t.ToString("MMMM", Invariant),
        'm' => Two(t.Month),
        'M' => t.ToString("MMM", Invariant),
        'n' => Text(t.Month),
        't' => Text(DateTime.DaysInMonth(t.Year, t.Month)),
        'L' => DateTime.IsLeapYear(t.Year) ? "1" : "0",
        'o' => Text(ISOWeek.GetYear(t.DateTime)),
        'x' or 'Y' => t.Year.ToString("0000", Invariant),
        'X' => "+" + t.Year.ToString("0000", Invariant),
        'y' => Two(t.Year % 100),
        'a' => t.Hour < 12 ? "am" : "pm",
        'A' => t.Hour < 12 ? "AM" : "PM",
        'B' => Swatch(t),
        'g' => Text(Hour12(t)),
        'G' => Text(t.Hour),
        'h' => Two(Hour12(t)),
        'H' => Two(t.Hour),
        'i' => Two(t.Minute),
        's' => Two(t.Second),
        'u' => (t.Ticks % TimeSpan.TicksPerSecond / 10).ToString("000000", Invariant),
        'v' => t.Millisecond.ToString("000", Invariant),
        'e' => TimeZones.Identifier(zone),
        'I' => zone.IsDaylightSavingTime(t) ? "1" : "0",
        'O' => TimeZones.OffsetText(t.Offset, colon: false),
        'P' => TimeZones.OffsetText(t.Offset, colon: true),
        'p' => t.Offset == TimeSpan.Zero ? "Z" : TimeZones.OffsetText(t.Offset, colon: true),
        'T' => TimeZones.Abbreviation(zone, t),
        'Z' => Text((long)t.Offset.TotalSeconds),
        'c' => Format(t, "Y-m-d\\TH:i:sP", zone),
        'r' => Format(t, "D, d M Y H:i:s O", zone),
        'U' => Text(t.ToUnixTimeSeconds()),
        _ => null,
    };

    private static string Text(long value) => value.ToString(Invariant);

    private static string Two(int value) => value.ToString("00", Invariant);

    private static int IsoDay(DateTimeOffset t) => t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek;

    private static int Hour12(DateTimeOffset t) => t.Hour % 12 == 0 ? 12 : t.Hour % 12;

    private static string Suffix(int day) => day switch
    {
        1 or 21 or 31 => "st",
        2 or 22 => "nd",
        3 or 23 => "rd",
        _ => "th",
    };

    // Swatch Internet Time: beats (1/1000 day) of Biel Mean Time, UTC+1, whatever the zone.
    private static string Swatch(DateTimeOffset t)
    {
        var biel = t.ToUniversalTime().AddHours(1);
        var beats = (int)(biel.TimeOfDay.TotalSeconds / 86.4) % 1000;
        return beats.ToString("000", Invariant);
    }
}
