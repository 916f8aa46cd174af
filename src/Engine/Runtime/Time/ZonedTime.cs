namespace Platform.Engine.Runtime.Time;

/// <summary>Wall-clock arithmetic in a time zone: instants to local times and back, PHP-style field overflow.</summary>
public static class ZonedTime
{
    private static readonly DateTime MinLocal = new(1, 1, 2);
    private static readonly DateTime MaxLocal = new(9999, 12, 30);

    /// <summary>The wall-clock time of an instant in a zone.</summary>
    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    public static DateTime Local(long epochMilliseconds, TimeZoneInfo zone) => Local(FromMilliseconds(epochMilliseconds), zone);

    /// <summary>
    /// The instant a wall-clock time names in a zone. A time skipped by a DST change moves forward by the gap
    /// (02:30 on a spring-forward night is 03:30); a repeated time takes its first (daylight) occurrence, as PHP does.
    /// </summary>
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before);
        }
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Builds a wall-clock time from fields that may overflow (month 14, day 0, day 31 of February) the way PHP normalises them.</summary>
    public static DateTime Compose(long year, long month, long day, long hour, long minute, long second, long microsecond)
    {
        var monthIndex = year * 12 + (month - 1);
        var y = FloorDiv(monthIndex, 12);
        var m = monthIndex - y * 12 + 1;
        if (y is < 1 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), "the date is outside the years 1 to 9999.");
        var ticks = new DateTime((int)y, (int)m, 1).Ticks;
        var offset = checked((day - 1) * TimeSpan.TicksPerDay + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute
            + second * TimeSpan.TicksPerSecond + microsecond * 10);
        var result = checked(ticks + offset);
        if (result < MinLocal.Ticks || result > MaxLocal.Ticks)
            throw new ArgumentOutOfRangeException(nameof(day), "the date is outside the years 1 to 9999.");
        return new DateTime(result);
    }

    /// <summary>Moves by whole months; a day past the end of the target month becomes its last day (Jan 31 + 1 month = Feb 28).</summary>
    public static DateTime AddMonthsClamped(DateTime local, long months)
    {
        var monthIndex = local.Year * 12L + local.Month - 1 + months;
        var year = FloorDiv(monthIndex, 12);
        if (year is < 1 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(months), "the date is outside the years 1 to 9999.");
        var month = (int)(monthIndex - year * 12) + 1;
        var day = Math.Min(local.Day, DateTime.DaysInMonth((int)year, month));
        return new DateTime((int)year, month, day).Add(local.TimeOfDay);
    }

    public static DateTimeOffset FromMilliseconds(long epochMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(epochMilliseconds, -62135596800000 + 86400000, 253402300799999 - 86400000));

    public static long FloorDiv(long value, long divisor) => value / divisor - (value % divisor != 0 && (value < 0) != (divisor < 0) ? 1 : 0);
}
