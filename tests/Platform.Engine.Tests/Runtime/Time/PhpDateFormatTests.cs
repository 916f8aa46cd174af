using Platform.Engine.Runtime.Time;

namespace Platform.Engine.Tests.Runtime.Time;

/// <summary>PHP date() letters, one by one, on Sunday 2025-01-05 08:04:09.123 UTC and in zones with and without DST.</summary>
public sealed class PhpDateFormatTests
{
    private static readonly DateTimeOffset Sunday = new(2025, 1, 5, 8, 4, 9, 123, TimeSpan.Zero);

    [Theory]
    [InlineData("d", "05")]
    [InlineData("D", "Sun")]
    [InlineData("j", "5")]
    [InlineData("l", "Sunday")]
    [InlineData("N", "7")]
    [InlineData("S", "th")]
    [InlineData("w", "0")]
    [InlineData("z", "4")]
    [InlineData("W", "01")]
    [InlineData("F", "January")]
    [InlineData("m", "01")]
    [InlineData("M", "Jan")]
    [InlineData("n", "1")]
    [InlineData("t", "31")]
    [InlineData("L", "0")]
    [InlineData("o", "2025")]
    [InlineData("Y", "2025")]
    [InlineData("y", "25")]
    [InlineData("a", "am")]
    [InlineData("A", "AM")]
    [InlineData("B", "377")]
    [InlineData("g", "8")]
    [InlineData("G", "8")]
    [InlineData("h", "08")]
    [InlineData("H", "08")]
    [InlineData("i", "04")]
    [InlineData("s", "09")]
    [InlineData("u", "123000")]
    [InlineData("v", "123")]
    [InlineData("e", "UTC")]
    [InlineData("I", "0")]
    [InlineData("O", "+0000")]
    [InlineData("P", "+00:00")]
    [InlineData("p", "Z")]
    [InlineData("T", "UTC")]
    [InlineData("Z", "0")]
    [InlineData("c", "2025-01-05T08:04:09+00:00")]
    [InlineData("r", "Sun, 05 Jan 2025 08:04:09 +0000")]
    [InlineData("U", "1736064249")]
    [InlineData(@"\Y\\Y", @"Y\2025")]
    [InlineData("Y-m-d H:i:s", "2025-01-05 08:04:09")]
    [InlineData("q ! é", "q ! é")]
    public void Format_Letter_InUtc(string format, string expected) =>
        Assert.Equal(expected, PhpDateFormat.Format(Sunday, format, TimeZoneInfo.Utc));

    [Theory]
    [InlineData("America/New_York", "2025-01-05 03:04 EST -0500 0 -18000")]
    [InlineData("Europe/London", "2025-01-05 08:04 GMT +0000 0 0")]
    [InlineData("Asia/Kolkata", "2025-01-05 13:34 IST +0530 0 19800")]
    [InlineData("Australia/Sydney", "2025-01-05 19:04 AEDT +1100 1 39600")]
    public void Format_InZone_ShowsLocalTimeAndOffset(string zoneId, string expected) =>
        Assert.Equal(expected, PhpDateFormat.Format(Sunday, "Y-m-d H:i T O I Z", TimeZoneInfo.FindSystemTimeZoneById(zoneId)));

    [Fact]
    public void Format_AcrossFallBack_ChangesOffsetAndAbbreviation()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var first = new DateTimeOffset(2025, 11, 2, 5, 30, 0, TimeSpan.Zero);
        Assert.Equal("01:30 EDT -04:00 1", PhpDateFormat.Format(first, "H:i T P I", zone));
        Assert.Equal("01:30 EST -05:00 0", PhpDateFormat.Format(first.AddHours(1), "H:i T P I", zone));
    }

    [Theory]
    [InlineData("2024-12-30", "W o", "01 2025")]
    [InlineData("2027-01-01", "W o", "53 2026")]
    [InlineData("2024-02-29", "L t z", "1 29 59")]
    [InlineData("2025-01-22", "jS", "22nd")]
    [InlineData("2025-01-13", "jS", "13th")]
    public void Format_CalendarEdges(string date, string format, string expected) =>
        Assert.Equal(expected, PhpDateFormat.Format(DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), format, TimeZoneInfo.Utc));
}
