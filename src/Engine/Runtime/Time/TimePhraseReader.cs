using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Reads PHP <c>strtotime</c>-style text into a <see cref="TimePhrase"/>: absolute dates and times ("2025-01-20",
/// "2025-01-20T14:00:00Z", "01/20/2025", "January 5, 2026", "2pm"), keywords (now, today, midnight, noon, tomorrow,
/// yesterday), relative amounts ("+1 week 2 days", "24 hours ago", "next month"), weekdays ("next monday",
/// "last friday"), "first/last day of …", "first monday of …", zones ("UTC", "+02:00", "America/New_York") and
/// "@epoch". Parts are read left to right; each may be separated by spaces or commas.
/// </summary>
internal static partial class TimePhraseReader
{
    private const string Weekdays = "sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat";
    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|"
        + "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string Units = "msecs?|milliseconds?|millisecs?|ms|usecs?|microseconds?|microsecs?|µs|secs?|seconds?|mins?|minutes?|"
        + "hours?|days?|weeks?|fortnights?|months?|years?";
    private const string Ordinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|last|previous|this";
    private const string Zone = @"(?:\s*(?<zone>z(?![a-z])|[+-]\d{2}(?::?\d{2})?(?![\d:])(?!\s*[a-z])))?";

    private static readonly HashSet<string> WeekdayNames = [.. Weekdays.Split('|')];

    private static readonly (Regex Pattern, Action<Match, TimePhrase> Apply)[] Rules =
    [
        (EpochPattern(), ReadEpoch),
        (IsoPattern(), ReadIso),
        (YearFirstSlashPattern(), (m, p) => p.SetDate(Int(m, 1), Int(m, 2), Int(m, 3))),
        (AmericanPattern(), (m, p) => p.SetDate(Year(m.Groups[3].Value), Int(m, 1), Int(m, 2))),
        (DayFirstPattern(), (m, p) => p.SetDate(Int(m, 3), Int(m, 2), Int(m, 1))),
        (ClockPattern(), ReadClock),
        (HourPattern(), (m, p) => p.SetTime(Hour12(Int(m, 1), m.Groups[2].Value), 0, 0, 0)),
        (FirstLastDayPattern(), (m, p) => p.FirstOrLastDay = Is(m, 1, "first") ? MonthDay.First : MonthDay.Last),
        (WeekdayOfPattern(), ReadWeekdayOf),
        (RelativePattern(), ReadRelative),
        (AgoPattern(), (_, p) => p.Negate()),
        (KeywordPattern(), ReadKeyword),
        (WeekdayPattern(), (m, p) => p.SetWeekday(WeekdayNumber(m.Groups[1].Value), 0, p.WeekdayBehavior == 2 ? 2 : 1)),
        (MonthDayYearPattern(), (m, p) => p.SetDate(m.Groups[3].Success ? Int(m, 3) : null, MonthNumber(m.Groups[1].Value), Int(m, 2))),
        (DayMonthYearPattern(), (m, p) => p.SetDate(m.Groups[3].Success ? Int(m, 3) : null, MonthNumber(m.Groups[2].Value), Int(m, 1))),
        (MonthYearPattern(), (m, p) => p.SetDate(Int(m, 2), MonthNumber(m.Groups[1].Value), 1)),
        (MonthPattern(), (m, p) => p.Month = MonthNumber(m.Groups[1].Value)),
        (ZoneNamePattern(), ReadZoneName),
    ];

    /// <summary>The phrase, or null when some part of the text is not understood.</summary>
    public static TimePhrase? Read(string text)
    {
        var phrase = new TimePhrase();
        var position = 0;
        var any = false;
        while (true)
        {
            position = SkipSeparators(text, position);
            if (position >= text.Length)
                return any ? phrase : null;
            if (!TryRule(text, ref position, phrase))
                return null;
            any = true;
        }
    }

    private static bool TryRule(string text, ref int position, TimePhrase phrase)
    {
        foreach (var (pattern, apply) in Rules)
        {
            var match = pattern.Match(text, position);
            if (!match.Success || match.Length == 0)
                continue;
            try
            {
                apply(match, phrase);
            }
            catch (FormatException)
            {
                return false;
            }
            position += match.Length;
            return true;
        }
        return false;
    }

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
            position++;
        return position;
    }

    private static void ReadEpoch(Match m, TimePhrase p)
    {
        var seconds = Int(m, 1);
        var fraction = m.Groups[2].Success ? long.Parse(m.Groups[2].Value.PadRight(6, '0')[..6], CultureInfo.InvariantCulture) : 0;
        p.Instant = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks((seconds < 0 ? -fraction : fraction) * 10);
        p.Zone ??= TimeZoneInfo.Utc;
    }

    private static void ReadIso(Match m, TimePhrase p)
    {
        p.SetDate(Int(m, 1), Int(m, 2), Int(m, 3));
        if (m.Groups[4].Success)
            p.SetTime(Int(m, 4), Int(m, 5), m.Groups[6].Success ? Int(m, 6) : 0, Fraction(m.Groups[7]));
        ReadZone(m, p);
    }

    private static void ReadClock(Match m, TimePhrase p)
    {
        var hour = Int(m, 1);
        if (m.Groups[5].Success)
            hour = Hour12(hour, m.Groups[5].Value);
        p.SetTime(hour, Int(m, 2), m.Groups[3].Success ? Int(m, 3) : 0, Fraction(m.Groups[4]));
        ReadZone(m, p);
    }

    private static void ReadZone(Match m, TimePhrase p)
    {
        if (m.Groups["zone"].Success)
            p.Zone = TimeZones.TryFind(m.Groups["zone"].Value, out var zone) ? zone : throw new FormatException();
    }

    private static void ReadWeekdayOf(Match m, TimePhrase p)
    {
        var amount = OrdinalAmount(m.Groups[1].Value);
        if (amount == 0)
            throw new FormatException();
        p.WeekdayInMonth = amount > 0 ? MonthDay.First : MonthDay.Last;
        p.SetWeekday(WeekdayNumber(m.Groups[2].Value), amount, amount > 0 ? 1 : 0);
    }

    private static void ReadRelative(Match m, TimePhrase p)
    {
        var amountText = m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var isText = char.IsLetter(amountText[0]);
        var amount = isText ? OrdinalAmount(amountText) : long.Parse(amountText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var unit = m.Groups[2].Value.ToLowerInvariant();
        if (WeekdayIndex(unit) is { } weekday)
        {
            // "next monday" is strictly after today, "this monday" may be today, "last monday" strictly before.
            p.SetWeekday(weekday, amount, isText && amount == 0 ? 1 : 0);
            return;
        }
        var timeUnit = UnitOf(unit);
        p.AddRelative(timeUnit, amount);
        // "next week", "this week": a day within that (Monday-first) week; Monday unless a weekday is named too.
        if (isText && timeUnit == TimeUnit.Week)
        {
            p.WeekdayBehavior = 2;
            p.Weekday ??= 1;
        }
    }

    private static void ReadKeyword(Match m, TimePhrase p)
    {
        switch (m.Groups[1].Value.ToLowerInvariant())
        {
            case "today" or "midnight":
                p.ResetTime();
                break;
            case "noon":
                p.SetTime(12, 0, 0, 0);
                break;
            case "tomorrow":
                p.Days += 1;
                p.ResetTime();
                break;
            case "yesterday":
                p.Days -= 1;
                p.ResetTime();
                break;
        }
    }

    private static void ReadZoneName(Match m, TimePhrase p) =>
        p.Zone = TimeZones.TryFind(m.Value, out var zone) ? zone : throw new FormatException();

    private static TimeUnit UnitOf(string unit) => unit switch
    {
        _ when unit.StartsWith("ms", StringComparison.Ordinal) || unit.StartsWith("milli", StringComparison.Ordinal) => TimeUnit.Millisecond,
        _ when unit.StartsWith('u') || unit.StartsWith("micro", StringComparison.Ordinal) || unit == "µs" => TimeUnit.Microsecond,
        _ when unit.StartsWith("sec", StringComparison.Ordinal) => TimeUnit.Second,
        _ when unit.StartsWith("min", StringComparison.Ordinal) => TimeUnit.Minute,
        _ when unit.StartsWith('h') => TimeUnit.Hour,
        _ when unit.StartsWith('d') => TimeUnit.Day,
        _ when unit.StartsWith('w') => TimeUnit.Week,
        _ when unit.StartsWith('f') => TimeUnit.Fortnight,
        _ when unit.StartsWith("mon", StringComparison.Ordinal) => TimeUnit.Month,
        _ => TimeUnit.Year,
    };

    private static long OrdinalAmount(string word) => word.ToLowerInvariant() switch
    {
        "this" => 0,
        "next" or "first" => 1,
        "last" or "previous" => -1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        _ => throw new FormatException(),
    };

    private static int? WeekdayIndex(string name) => WeekdayNames.Contains(name) ? WeekdayNumber(name) : null;

    private static int WeekdayNumber(string name) => name[..2].ToLowerInvariant() switch
    {
        "su" => 0,
        "mo" => 1,
        "tu" => 2,
        "we" => 3,
        "th" => 4,
        "fr" => 5,
        _ => 6,
    };

    private static long MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            abbreviation => abbreviation.Length > 0 && name.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase)) + 1;

    private static long Hour12(long hour, string meridiem) =>
        hour is < 1 or > 12 ? throw new FormatException() : hour % 12 + (meridiem.StartsWith('p') || meridiem.StartsWith('P') ? 12 : 0);

    private static long Year(string text) => text.Length == 2 ? Year2(int.Parse(text, CultureInfo.InvariantCulture)) : long.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Two-digit years as PHP reads them: 00–69 are 2000–2069, 70–99 are 1970–1999.</summary>
    public static long Year2(long year) => year < 70 ? 2000 + year : 1900 + year;

    private static long Int(Match m, int group) => long.Parse(m.Groups[group].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static long Fraction(Group group) =>
        group.Success ? long.Parse(group.Value.PadRight(6, '0')[..6], CultureInfo.InvariantCulture) : 0;

    private static bool Is(Match m, int group, string word) => m.Groups[group].Value.Equals(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G@(-?\d+)(?:\.(\d{1,6}))?(?![\d.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpochPattern();

    [GeneratedRegex(@"\G(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?" + Zone + @")?(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\G(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstSlashPattern();

    [GeneratedRegex(@"\G(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AmericanPattern();

    [GeneratedRegex(@"\G(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"\Gt?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?m\.?(?![a-z]))?" + Zone,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\G(\d{1,2})\s*([ap])\.?m\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourPattern();

    [GeneratedRegex(@"\G(first|last)\s+day\s+of(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstLastDayPattern();

    [GeneratedRegex(@"\G(" + Ordinals + @")\s+(" + Weekdays + @")\s+of(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOfPattern();

    [GeneratedRegex(@"\G([+-]?\s*\d+|" + Ordinals + @")\s*(" + Units + "|" + Weekdays + @")(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"\Gago(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();

    [GeneratedRegex(@"\G(now|today|midnight|noon|tomorrow|yesterday)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordPattern();

    [GeneratedRegex(@"\G(" + Weekdays + @")\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"\G(" + Months + @")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(\d{4})(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"\G(\d{1,2})(?:st|nd|rd|th)?\s+(" + Months + @")\.?(?![a-z])(?:,?\s+(\d{4})(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"\G(" + Months + @")\.?\s+(\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex(@"\G(" + Months + @")\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\G(?:utc|gmt|z|[a-z]{3,5}|[a-z]+/[a-z0-9_+-]+(?:/[a-z0-9_+-]+)?)(?![a-z/_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNamePattern();
}
