using Platform.Engine.Runtime.Time;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Timestamp filters (reference §8.8, §10). Inputs are epoch milliseconds, ISO or PHP-relative text, read in the
/// time zone argument (UTC by default) against the run's clock. A null input gives null. Results that are instants
/// are timestamps; counts since the epoch are integers.
/// </summary>
internal static class TimestampFilters
{
    private const long Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    public static void Register(FilterRegistry registry)
    {
        registry.Add("to_timestamp", call => Read(call, 0) is { } ms ? XsValue.Timestamp(ms) : XsValue.Null);
        registry.Add("to_ms", call => Count(Read(call, 0), 1));
        registry.Add("to_seconds", call => Count(Read(call, 0), Second));
        registry.Add("to_minutes", call => Count(Read(call, 0), Minute));
        registry.Add("to_hours", call => Count(Read(call, 0), Hour));
        registry.Add("to_days", call => Count(Read(call, 0), Day));
        registry.Add("parse_timestamp", ParseWithFormat);
        registry.Add("format_timestamp", FormatWithFormat);
        registry.Add("transform_timestamp", Transform);
        registry.Add("add_secs_to_timestamp", call => Shift(call, call.Number(0) * Second));
        registry.Add("add_ms_to_timestamp", call => Shift(call, call.Number(0)));
        registry.Add("timestamp_year", call => Part(call, t => t.Year));
        registry.Add("timestamp_month", call => Part(call, t => t.Month));
        registry.Add("timestamp_week", call => Part(call, t => System.Globalization.ISOWeek.GetWeekOfYear(t)));
        registry.Add("timestamp_day_of_month", call => Part(call, t => t.Day));
        registry.Add("timestamp_day_of_week", call => Part(call, t => (int)t.DayOfWeek));
        registry.Add("timestamp_day_of_year", call => Part(call, t => t.DayOfYear));
        registry.Add("timestamp_hour", call => Part(call, t => t.Hour));
        registry.Add("timestamp_minute", call => Part(call, t => t.Minute));
        registry.Add("timestamp_epoch_sec", call => Count(ReadUtc(call), Second));
        registry.Add("timestamp_epoch_minute", call => Count(ReadUtc(call), Minute));
        registry.Add("timestamp_epoch_hour", call => Count(ReadUtc(call), Hour));
        registry.Add("timestamp_epoch_day", call => Count(ReadUtc(call), Day));
        registry.Add("timestamp_add_seconds", call => Shift(call, Amount(call) * Second));
        registry.Add("timestamp_subtract_seconds", call => Shift(call, -Amount(call) * Second));
        registry.Add("timestamp_add_minutes", call => Shift(call, Amount(call) * Minute));
        registry.Add("timestamp_subtract_minutes", call => Shift(call, -Amount(call) * Minute));
        registry.Add("timestamp_add_hours", call => Shift(call, Amount(call) * Hour));
        registry.Add("timestamp_subtract_hours", call => Shift(call, -Amount(call) * Hour));
        registry.Add("timestamp_add_days", call => Shift(call, Amount(call) * Day));
        registry.Add("timestamp_subtract_days", call => Shift(call, -Amount(call) * Day));
        registry.Add("timestamp_add_months", call => ShiftMonths(call, (long)Amount(call)));
        registry.Add("timestamp_subtract_months", call => ShiftMonths(call, -(long)Amount(call)));
        registry.Add("timestamp_add_years", call => ShiftMonths(call, 12 * (long)Amount(call)));
        registry.Add("timestamp_subtract_years", call => ShiftMonths(call, -12 * (long)Amount(call)));
    }

    /// <summary>The input as epoch milliseconds (null for null), text read in the zone argument at <paramref name="zoneIndex"/>.</summary>
    internal static long? Read(FilterCall call, int zoneIndex) => Read(call, call.Input, Zone(call, zoneIndex));

    internal static long? Read(FilterCall call, XsValue value, TimeZoneInfo zone)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return null;
            case ValueKind.Int or ValueKind.Timestamp:
                return value.AsInt;
            case ValueKind.Decimal when double.IsFinite(value.AsDecimal) && Math.Abs(value.AsDecimal) < 9e15:
                return (long)Math.Floor(value.AsDecimal);
            case ValueKind.Decimal:
                throw call.Error($"{ValueConversions.FormatDecimal(value.AsDecimal)} is out of range for a timestamp.");
            case ValueKind.Text when value.AsText.Trim().Length == 0:
                return null;
            case ValueKind.Text when ValueConversions.TryParseNumber(value.AsText, out var number):
                return Read(call, number, zone);
            case ValueKind.Text when TimestampParser.TryParse(value.AsText, call.Environment.Clock.GetUtcNow(), zone, out var instant):
                return instant.ToUnixTimeMilliseconds();
            case ValueKind.Text:
                throw call.Error($"\"{ValueDisplay.Excerpt(value.AsText)}\" is not a date and time it can read.");
            default:
                throw call.Error($"it works on timestamps and date text, not {ValueConversions.KindName(value)}.");
        }
    }

    /// <summary>The time zone argument at <paramref name="index"/>; UTC when it is missing, null or empty.</summary>
    internal static TimeZoneInfo Zone(FilterCall call, int index)
    {
        var name = call.HasArgument(index) ? call.Text(index) : "";
        return TimeZones.TryFind(name, out var zone) ? zone : throw call.Error($"\"{name}\" is not a time zone (use a name like \"America/New_York\", \"UTC\" or \"+02:00\").");
    }

    private static XsValue Count(long? milliseconds, long unit) =>
        milliseconds is { } ms ? XsValue.Int(ZonedTime.FloorDiv(ms, unit)) : XsValue.Null;

    private static long? ReadUtc(FilterCall call) => Read(call, call.Input, TimeZoneInfo.Utc);

    private static double Amount(FilterCall call) => call.HasArgument(0) ? call.Number(0) : 1;

    private static XsValue Shift(FilterCall call, double milliseconds)
    {
        if (ReadUtc(call) is not { } ms)
            return XsValue.Null;
        if (!double.IsFinite(milliseconds) || Math.Abs(ms + milliseconds) > 253402300799999)
            throw call.Error("the result is outside the years 1 to 9999.");
        return XsValue.Timestamp(ms + (long)Math.Round(milliseconds));
    }

    // Whole calendar months in UTC; a day past the end of the target month becomes its last day (Jan 31 + 1 month
    // is Feb 28), as PostgreSQL's interval arithmetic does for these query filters.
    private static XsValue ShiftMonths(FilterCall call, long months)
    {
        if (ReadUtc(call) is not { } ms)
            return XsValue.Null;
        var local = ZonedTime.Local(ms, TimeZoneInfo.Utc);
        var moved = Guard(call, () => ZonedTime.AddMonthsClamped(local, months));
        return XsValue.Timestamp(new DateTimeOffset(moved, TimeSpan.Zero).ToUnixTimeMilliseconds());
    }

    private static XsValue Part(FilterCall call, Func<DateTime, int> part)
    {
        var zone = Zone(call, 0);
        return Read(call, call.Input, zone) is { } ms ? XsValue.Int(part(ZonedTime.Local(ms, zone))) : XsValue.Null;
    }

    private static XsValue ParseWithFormat(FilterCall call)
    {
        if (call.Input.IsNull)
            return XsValue.Null;
        var format = call.Text(0);
        var instant = PhpDateParser.Parse(call.InputText, format, call.Environment.Clock.GetUtcNow(), Zone(call, 1), out var error);
        return error is null
            ? XsValue.Timestamp(instant.ToUnixTimeMilliseconds())
            : throw call.Error($"\"{call.InputText}\" does not match the format \"{format}\": {error}.");
    }

    private static XsValue FormatWithFormat(FilterCall call)
    {
        var zone = Zone(call, 1);
        return Read(call, call.Input, zone) is { } ms
            ? XsValue.Text(PhpDateFormat.Format(ZonedTime.FromMilliseconds(ms), call.Text(0), zone))
            : XsValue.Null;
    }

    private static XsValue Transform(FilterCall call)
    {
        var zone = Zone(call, 1);
        if (Read(call, call.Input, zone) is not { } ms)
            return XsValue.Null;
        var relative = call.Text(0);
        return TimestampParser.TryParse(relative, ZonedTime.FromMilliseconds(ms), zone, out var moved)
            ? XsValue.Timestamp(moved.ToUnixTimeMilliseconds())
            : throw call.Error($"\"{relative}\" is not a relative time it can apply (try \"-7 days\" or \"first day of next month\").");
    }

    private static DateTime Guard(FilterCall call, Func<DateTime> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentOutOfRangeException)
        {
            throw call.Error("the result is outside the years 1 to 9999.");
        }
    }
}
