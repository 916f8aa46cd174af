using System.Globalization;
using System.Text;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// PHP <c>date()</c> format letters, for the template <c>|date</c> filter. A subset: d D j l N w z S W F M m n t L
/// Y y a A g G h H i s v U e T P O p c; a backslash escapes the next character, anything else is copied. T prints
/// "UTC" or the offset (+01:00), not an abbreviation such as CET, which .NET cannot name reliably.
/// </summary>
internal static class PhpDate
{
    /// <param name="time">The instant, already in the zone it is shown in.</param>
    /// <param name="format">PHP date letters.</param>
    /// <param name="zone">The zone's name, for 'e'.</param>
    public static string Format(DateTimeOffset time, string format, string zone = "UTC")
    {
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var letter = format[i];
            if (letter == '\\' && i + 1 < format.Length)
                builder.Append(format[++i]);
            else
                builder.Append(letter == 'e' ? zone : Letter(time, letter) ?? letter.ToString());
        }
        return builder.ToString();
    }

    private static string? Letter(DateTimeOffset t, char letter) => letter switch
    {
        'd' => t.Day.ToString("00", CultureInfo.InvariantCulture),
        'D' => t.DayOfWeek.ToString()[..3],
        'j' => Invariant(t.Day),
        'l' => t.DayOfWeek.ToString(),
        'N' => Invariant(t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek),
        'w' => Invariant((int)t.DayOfWeek),
        'z' => Invariant(t.DayOfYear - 1),
        'S' => Suffix(t.Day),
        'W' => ISOWeek.GetWeekOfYear(t.DateTime).ToString("00", CultureInfo.InvariantCulture),
        'F' => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(t.Month),
        'M' => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(t.Month),
        'm' => t.Month.ToString("00", CultureInfo.InvariantCulture),
        'n' => Invariant(t.Month),
        't' => Invariant(DateTime.DaysInMonth(t.Year, t.Month)),
        'L' => DateTime.IsLeapYear(t.Year) ? "1" : "0",
        'Y' => Invariant(t.Year),
        'y' => (t.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        'a' => t.Hour < 12 ? "am" : "pm",
        'A' => t.Hour < 12 ? "AM" : "PM",
        'g' => Invariant(t.Hour % 12 == 0 ? 12 : t.Hour % 12),
        'G' => Invariant(t.Hour),
        'h' => (t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString("00", CultureInfo.InvariantCulture),
        'H' => t.Hour.ToString("00", CultureInfo.InvariantCulture),
        'i' => t.Minute.ToString("00", CultureInfo.InvariantCulture),
        's' => t.Second.ToString("00", CultureInfo.InvariantCulture),
        'v' => t.Millisecond.ToString("000", CultureInfo.InvariantCulture),
        'U' => Invariant(t.ToUnixTimeSeconds()),
        'T' => t.Offset == TimeSpan.Zero ? "UTC" : Offset(t.Offset, ":"),
        'P' => Offset(t.Offset, ":"),
        'O' => Offset(t.Offset, ""),
        'p' => t.Offset == TimeSpan.Zero ? "Z" : Offset(t.Offset, ":"),
        'c' => Format(t, "Y-m-d\\TH:i:sP"),
        _ => null,
    };

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Suffix(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static string Offset(TimeSpan offset, string separator) =>
        (offset < TimeSpan.Zero ? "-" : "+") + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + separator
        + Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
}
