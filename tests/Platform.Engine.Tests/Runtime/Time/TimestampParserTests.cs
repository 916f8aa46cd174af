using Platform.Engine.Runtime.Time;

namespace Platform.Engine.Tests.Runtime.Time;

/// <summary>strtotime-style phrases against a fixed base: Wednesday 2025-01-15 10:30:00 UTC (the test runs' now).</summary>
public sealed class TimestampParserTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("now", "2025-01-15T10:30:00Z")]
    [InlineData("  NOW  ", "2025-01-15T10:30:00Z")]
    [InlineData("2025-02-03", "2025-02-03T00:00:00Z")]
    [InlineData("2025-02-03 04:05:06", "2025-02-03T04:05:06Z")]
    [InlineData("2025-02-03T04:05:06.789Z", "2025-02-03T04:05:06.789Z")]
    [InlineData("2025-02-03T04:05:06-0330", "2025-02-03T07:35:06Z")]
    [InlineData("2025-02-03 04:05", "2025-02-03T04:05:00Z")]
    [InlineData("Feb 3 2025", "2025-02-03T00:00:00Z")]
    [InlineData("3rd February, 2025", "2025-02-03T00:00:00Z")]
    [InlineData("02/03/25", "2025-02-03T00:00:00Z")]
    [InlineData("@0", "1970-01-01T00:00:00Z")]
    [InlineData("@1.5", "1970-01-01T00:00:01.5Z")]
    [InlineData("+1 day", "2025-01-16T10:30:00Z")]
    [InlineData("-1 week", "2025-01-08T10:30:00Z")]
    [InlineData("+2 weeks 3 days 4 hours", "2025-02-01T14:30:00Z")]
    [InlineData("3 days ago", "2025-01-12T10:30:00Z")]
    [InlineData("-3 days ago", "2025-01-18T10:30:00Z")]
    [InlineData("+1 fortnight", "2025-01-29T10:30:00Z")]
    [InlineData("+30 secs", "2025-01-15T10:30:30Z")]
    [InlineData("+500 ms", "2025-01-15T10:30:00.5Z")]
    [InlineData("next year", "2026-01-15T10:30:00Z")]
    [InlineData("previous month", "2024-12-15T10:30:00Z")]
    [InlineData("this week", "2025-01-13T10:30:00Z")]
    [InlineData("next week", "2025-01-20T10:30:00Z")]
    [InlineData("last week", "2025-01-06T10:30:00Z")]
    [InlineData("next week friday", "2025-01-24T00:00:00Z")]
    [InlineData("tomorrow 9am", "2025-01-16T09:00:00Z")]
    [InlineData("yesterday noon", "2025-01-14T12:00:00Z")]
    [InlineData("midnight +1 day", "2025-01-16T00:00:00Z")]
    [InlineData("first day of last month", "2024-12-01T10:30:00Z")]
    [InlineData("last day of next month", "2025-02-28T10:30:00Z")]
    [InlineData("first day of january 2024", "2024-01-01T00:00:00Z")]
    [InlineData("sat", "2025-01-18T00:00:00Z")]
    [InlineData("next sunday", "2025-01-19T00:00:00Z")]
    [InlineData("last sunday", "2025-01-12T00:00:00Z")]
    [InlineData("sunday this week", "2025-01-19T00:00:00Z")]
    [InlineData("friday last week", "2025-01-10T00:00:00Z")]
    [InlineData("last monday of february 2025", "2025-02-24T00:00:00Z")]
    [InlineData("third friday of this month", "2025-01-17T00:00:00Z")]
    [InlineData("first saturday of next month 10:00", "2025-02-01T10:00:00Z")]
    [InlineData("2025-03-31 -1 month", "2025-03-03T00:00:00Z")]
    public void TryParse_Phrase_GivesInstant(string text, string expected)
    {
        Assert.True(TimestampParser.TryParse(text, TestRuns.Now, TimeZoneInfo.Utc, out var instant), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("+1 blorb")]
    [InlineData("2025-13-45")]
    [InlineData("next")]
    [InlineData("25:99")]
    [InlineData("fifth monday of january 9999 +1 year")]
    public void TryParse_Nonsense_IsRejected(string text) =>
        Assert.False(TimestampParser.TryParse(text, TestRuns.Now, TimeZoneInfo.Utc, out _), text);

    [Fact]
    public void TryParse_LocalTime_IsReadInTheZone()
    {
        Assert.True(TimestampParser.TryParse("2025-07-01 12:00", TestRuns.Now, NewYork, out var summer));
        Assert.True(TimestampParser.TryParse("2025-12-01 12:00", TestRuns.Now, NewYork, out var winter));
        Assert.Equal(TimeSpan.FromHours(-4), NewYork.GetUtcOffset(summer));
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 16, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 17, 0, 0, TimeSpan.Zero), winter);
    }

    [Fact]
    public void TryParse_DayAcrossSpringForward_KeepsTheWallClock()
    {
        var before = new DateTimeOffset(2025, 3, 8, 17, 0, 0, TimeSpan.Zero); // 12:00 EST
        Assert.True(TimestampParser.TryParse("+1 day", before, NewYork, out var day));
        Assert.True(TimestampParser.TryParse("+24 hours", before, NewYork, out var hours));
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 16, 0, 0, TimeSpan.Zero), day); // 12:00 EDT
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 17, 0, 0, TimeSpan.Zero), hours); // 13:00 EDT
    }

    [Fact]
    public void TryParse_TodayInZone_IsLocalMidnight()
    {
        var lateEvening = new DateTimeOffset(2025, 1, 16, 3, 0, 0, TimeSpan.Zero); // 22:00 on the 15th in New York
        Assert.True(TimestampParser.TryParse("today", lateEvening, NewYork, out var today));
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 5, 0, 0, TimeSpan.Zero), today);
    }
}
