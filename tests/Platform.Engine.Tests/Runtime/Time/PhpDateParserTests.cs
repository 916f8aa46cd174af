using Platform.Engine.Runtime.Time;

namespace Platform.Engine.Tests.Runtime.Time;

/// <summary>createFromFormat-style reading against the test runs' now (2025-01-15 10:30:00 UTC).</summary>
public sealed class PhpDateParserTests
{
    [Theory]
    [InlineData("2025-02-03", "Y-m-d", "2025-02-03T10:30:00Z")]
    [InlineData("2025-02-03", "!Y-m-d", "2025-02-03T00:00:00Z")]
    [InlineData("2025-02-03", "Y-m-d|", "2025-02-03T00:00:00Z")]
    [InlineData("3/2/25 7:05:09 PM", "j/n/y g:i:s A", "2025-02-03T19:05:09Z")]
    [InlineData("12:00 am", "h:i a", "2025-01-15T00:00:00Z")]
    [InlineData("2025 031", "Y z", "2025-02-01T10:30:00Z")]
    [InlineData("10:15", "H:i", "2025-01-15T10:15:00Z")]
    [InlineData("2025-02-03 12:00:00.123456", "Y-m-d H:i:s.u", "2025-02-03T12:00:00.123456Z")]
    [InlineData("2025-02-03 12:00 EST", "Y-m-d H:i T", "2025-02-03T17:00:00Z")]
    [InlineData("2025/02/03", "Y#m#d", "2025-02-03T10:30:00Z")]
    [InlineData("x2025", "?Y", "2025-01-15T10:30:00Z")]
    [InlineData("Monday, 3 February 2025", "l, j F Y", "2025-02-03T10:30:00Z")]
    public void Parse_Format_GivesInstant(string text, string format, string expected)
    {
        var instant = PhpDateParser.Parse(text, format, TestRuns.Now, TimeZoneInfo.Utc, out var error);
        Assert.Null(error);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2025-02", "Y-m-d", "expected \"-\"")]
    [InlineData("Feb", "m", "expected a month")]
    [InlineData("Foo 3", "M j", "expected a month name")]
    [InlineData("2025-02-03x", "Y-m-d", "unexpected text")]
    [InlineData("10:00 xx", "H:i a", "expected am or pm")]
    [InlineData("10:00 Mars/Base", "H:i e", "expected a time zone")]
    public void Parse_Mismatch_SaysWhere(string text, string format, string expected)
    {
        PhpDateParser.Parse(text, format, TestRuns.Now, TimeZoneInfo.Utc, out var error);
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
