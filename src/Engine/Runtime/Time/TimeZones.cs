using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Engine.Runtime.Time;

/// <summary>
/// Time zones as scripts name them: IANA names ("America/New_York"), "UTC"/"GMT"/"Z", offsets ("+02:00", "+0200",
/// "-05"), and the common North American and European abbreviations. Also the abbreviation PHP's <c>T</c> prints.
/// </summary>
public static partial class TimeZones
{
    // Fixed offsets for abbreviations (PHP accepts them as zones; they never observe DST themselves).
    private static readonly FrozenDictionary<string, int> AbbreviationMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
        ["WET"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
        ["MSK"] = 180, ["IST"] = 330, ["JST"] = 540, ["AEST"] = 600, ["AEDT"] = 660,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Standard and daylight abbreviations of well-known IANA zones (.NET does not expose tzdata's abbreviations).
    private static readonly FrozenDictionary<string, (string Standard, string Daylight)> ZoneAbbreviations =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["America/New_York"] = ("EST", "EDT"), ["America/Detroit"] = ("EST", "EDT"), ["America/Toronto"] = ("EST", "EDT"),
            ["America/Chicago"] = ("CST", "CDT"), ["America/Denver"] = ("MST", "MDT"), ["America/Phoenix"] = ("MST", "MST"),
            ["America/Los_Angeles"] = ("PST", "PDT"), ["America/Vancouver"] = ("PST", "PDT"), ["America/Anchorage"] = ("AKST", "AKDT"),
            ["Pacific/Honolulu"] = ("HST", "HST"), ["Europe/London"] = ("GMT", "BST"), ["Europe/Dublin"] = ("GMT", "IST"),
            ["Europe/Lisbon"] = ("WET", "WEST"), ["Europe/Paris"] = ("CET", "CEST"), ["Europe/Berlin"] = ("CET", "CEST"),
            ["Europe/Madrid"] = ("CET", "CEST"), ["Europe/Rome"] = ("CET", "CEST"), ["Europe/Amsterdam"] = ("CET", "CEST"),
            ["Europe/Brussels"] = ("CET", "CEST"), ["Europe/Vienna"] = ("CET", "CEST"), ["Europe/Zurich"] = ("CET", "CEST"),
            ["Europe/Stockholm"] = ("CET", "CEST"), ["Europe/Oslo"] = ("CET", "CEST"), ["Europe/Copenhagen"] = ("CET", "CEST"),
            ["Europe/Warsaw"] = ("CET", "CEST"), ["Europe/Prague"] = ("CET", "CEST"), ["Europe/Athens"] = ("EET", "EEST"),
            ["Europe/Helsinki"] = ("EET", "EEST"), ["Europe/Kiev"] = ("EET", "EEST"), ["Europe/Kyiv"] = ("EET", "EEST"),
            ["Europe/Moscow"] = ("MSK", "MSK"), ["Asia/Tokyo"] = ("JST", "JST"), ["Asia/Kolkata"] = ("IST", "IST"),
            ["Asia/Jerusalem"] = ("IST", "IDT"), ["Australia/Sydney"] = ("AEST", "AEDT"), ["Australia/Melbourne"] = ("AEST", "AEDT"),
            ["Australia/Brisbane"] = ("AEST", "AEST"), ["Pacific/Auckland"] = ("NZST", "NZDT"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The zone for a name; UTC for null or empty text; false when the name is unknown.</summary>
    public static bool TryFind(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("GMT", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Z", StringComparison.OrdinalIgnoreCase))
            return true;
        if (TryParseOffset(trimmed, out var offset))
        {
            zone = FixedOffset(offset);
            return true;
        }
        if (AbbreviationMinutes.TryGetValue(trimmed, out var minutes))
        {
            zone = TimeZoneInfo.CreateCustomTimeZone(trimmed.ToUpperInvariant(), TimeSpan.FromMinutes(minutes), trimmed.ToUpperInvariant(), trimmed.ToUpperInvariant());
            return true;
        }
        if (!trimmed.Contains('/', StringComparison.Ordinal))
            return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(SystemIds.Value.GetValueOrDefault(trimmed, trimmed));
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    // PHP reads zone names in any case ("europe/paris"); the system lookup is case-sensitive on Linux.
    private static readonly Lazy<FrozenDictionary<string, string>> SystemIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones().DistinctBy(z => z.Id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(z => z.Id, z => z.Id, StringComparer.OrdinalIgnoreCase));

    /// <summary>"+02:00", "+0200", "-05", "GMT+2", "UTC-03:30" as an offset.</summary>
    public static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var match = OffsetPattern().Match(text);
        if (!match.Success)
            return false;
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
            return false;
        offset = new TimeSpan(hours, minutes, 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        return true;
    }

    public static TimeZoneInfo FixedOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? TimeZoneInfo.Utc : TimeZoneInfo.CreateCustomTimeZone(OffsetText(offset, colon: true), offset, OffsetText(offset, colon: true), OffsetText(offset, colon: true));

    /// <summary>"+02:00" (colon) or "+0200".</summary>
    public static string OffsetText(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}{(colon ? ":" : "")}{abs.Minutes:00}");
    }

    /// <summary>The zone's name as PHP's <c>e</c> prints it: the IANA id, "UTC", or the offset.</summary>
    public static string Identifier(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;

    /// <summary>PHP's <c>T</c>: the abbreviation in force at that moment, or "+02" / "+0530" when the zone has none.</summary>
    public static string Abbreviation(TimeZoneInfo zone, DateTimeOffset instant)
    {
        if (zone == TimeZoneInfo.Utc)
            return "UTC";
        if (ZoneAbbreviations.TryGetValue(zone.Id, out var names))
            return zone.IsDaylightSavingTime(instant) ? names.Daylight : names.Standard;
        if (AbbreviationMinutes.ContainsKey(zone.Id))
            return zone.Id;
        var offset = zone.GetUtcOffset(instant);
        var text = OffsetText(offset, colon: false);
        return offset.Minutes == 0 ? text[..3] : text;
    }

    [GeneratedRegex(@"^(?:(?:UTC|GMT)\s*)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
