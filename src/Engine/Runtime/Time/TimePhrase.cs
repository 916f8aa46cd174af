namespace Platform.Engine.Runtime.Time;

/// <summary>
/// What a date/time phrase says, field by field, before it is resolved against a base time: absolute fields
/// (null when not given), relative amounts, and the special rules ("first day of", "next monday", "last friday of").
/// Resolution follows PHP's timelib: absolute fields, then the weekday rule, then relative years/months/days, then
/// "first/last day of"; relative hours, minutes and seconds are elapsed time added at the end.
/// </summary>
internal sealed class TimePhrase
{
    public long? Year { get; set; }

    public long? Month { get; set; }

    public long? Day { get; set; }

    public long? Hour { get; set; }

    public long? Minute { get; set; }

    public long? Second { get; set; }

    public long? Microsecond { get; set; }

    /// <summary>A zone written in the text ("Z", "+02:00", "America/New_York"); it wins over the argument.</summary>
    public TimeZoneInfo? Zone { get; set; }

    /// <summary>"@1700000000": an exact instant.</summary>
    public DateTimeOffset? Instant { get; set; }

    public long Years { get; set; }

    public long Months { get; set; }

    public long Days { get; set; }

    public long Hours { get; set; }

    public long Minutes { get; set; }

    public long Seconds { get; set; }

    public long Microseconds { get; set; }

    public int? Weekday { get; set; }

    /// <summary>timelib's weekday behaviour: 0 strictly after today ("next monday"), 1 today counts ("monday"), 2 within the named week.</summary>
    public int WeekdayBehavior { get; set; }

    public MonthDay FirstOrLastDay { get; set; }

    public MonthDay WeekdayInMonth { get; set; }

    public bool HasDate => Year is not null || Month is not null || Day is not null;

    /// <summary>Sets the date; a month outside 1–12 or a day outside 0–31 is not a date (day 0 and Feb 31 overflow, as in PHP).</summary>
    public void SetDate(long? year, long month, long day)
    {
        if (month is < 1 or > 12 || day is < 0 or > 31)
            throw new FormatException("The date is out of range.");
        Year = year ?? Year;
        Month = month;
        Day = day;
    }

    public void SetTime(long hour, long minute, long second, long microsecond)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60)
            throw new FormatException("The time is out of range.");
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
    }

    public void ResetTime() => SetTime(0, 0, 0, 0);

    /// <summary>Adds <paramref name="amount"/> of a unit; weeks and fortnights are days.</summary>
    public void AddRelative(TimeUnit unit, long amount)
    {
        switch (unit)
        {
            case TimeUnit.Year: Years += amount; break;
            case TimeUnit.Month: Months += amount; break;
            case TimeUnit.Week: Days += amount * 7; break;
            case TimeUnit.Fortnight: Days += amount * 14; break;
            case TimeUnit.Day: Days += amount; break;
            case TimeUnit.Hour: Hours += amount; break;
            case TimeUnit.Minute: Minutes += amount; break;
            case TimeUnit.Second: Seconds += amount; break;
            case TimeUnit.Millisecond: Microseconds += amount * 1000; break;
            default: Microseconds += amount; break;
        }
    }

    /// <summary>"ago": every relative amount so far turns around.</summary>
    public void Negate()
    {
        Years = -Years;
        Months = -Months;
        Days = -Days;
        Hours = -Hours;
        Minutes = -Minutes;
        Seconds = -Seconds;
        Microseconds = -Microseconds;
    }

    /// <summary>A weekday rule: "monday" (amount 0, behaviour 1), "next monday" (1, 0), "last monday" (-1, 0), "this monday" (0, 1).</summary>
    public void SetWeekday(int weekday, long amount, int behavior)
    {
        Days += (amount > 0 ? amount - 1 : amount) * 7;
        Weekday = weekday;
        WeekdayBehavior = behavior;
        ResetTime();
    }

    public DateTimeOffset Resolve(DateTimeOffset now, TimeZoneInfo defaultZone)
    {
        var zone = Zone ?? defaultZone;
        var baseLocal = ZonedTime.Local(Instant ?? now, zone);
        long year = Year ?? baseLocal.Year, month = Month ?? baseLocal.Month, day = Day ?? baseLocal.Day;
        var (hour, minute, second, micro) = Hour is not null
            ? (Hour.Value, Minute ?? 0, Second ?? 0, Microsecond ?? 0)
            : HasDate ? (0L, 0L, 0L, 0L) : (baseLocal.Hour, baseLocal.Minute, baseLocal.Second, baseLocal.Ticks % TimeSpan.TicksPerSecond / 10);
        var months = Months;
        if (WeekdayInMonth != MonthDay.None)
        {
            // "first monday of next month" counts from the 1st; "last friday of" from the 1st of the month after.
            day = 1;
            month += months + (WeekdayInMonth == MonthDay.Last ? 1 : 0);
            months = 0;
        }
        var date = ZonedTime.Compose(year, month, day, 0, 0, 0, 0);
        if (Weekday is { } weekday)
            date = AdjustForWeekday(date, weekday);
        var local = FirstOrLastDay switch
        {
            MonthDay.First => ZonedTime.Compose(date.Year + Years, date.Month + months, 1, hour, minute, second, micro),
            MonthDay.Last => ZonedTime.Compose(date.Year + Years, date.Month + months + 1, 0, hour, minute, second, micro),
            _ => ZonedTime.Compose(date.Year + Years, date.Month + months, date.Day + Days, hour, minute, second, micro),
        };
        var elapsed = checked(Hours * TimeSpan.TicksPerHour + Minutes * TimeSpan.TicksPerMinute + Seconds * TimeSpan.TicksPerSecond + Microseconds * 10);
        return ZonedTime.Instant(local, zone).AddTicks(elapsed);
    }

    // timelib's do_adjust_for_weekday.
    private DateTime AdjustForWeekday(DateTime date, int weekday)
    {
        var current = (int)date.DayOfWeek;
        if (WeekdayBehavior == 2)
        {
            if (current == 0 && weekday != 0)
                weekday -= 7;
            if (weekday == 0 && current != 0)
                weekday = 7;
            return date.AddDays(weekday - current);
        }
        var difference = weekday - current;
        if ((Days < 0 && difference < 0) || (Days >= 0 && difference <= -WeekdayBehavior))
            difference += 7;
        return date.AddDays(difference);
    }
}

internal enum MonthDay
{
    None,
    First,
    Last,
}

internal enum TimeUnit
{
    Microsecond,
    Millisecond,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
}
