using System.Globalization;
using Platform.Web.Model;

namespace Platform.Web.Tests.Model;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "step", null, "0 steps")]
    [InlineData(1, "step", null, "1 step")]
    [InlineData(2048, "database call", null, "2,048 database calls")]
    [InlineData(1, "more step", "more steps", "1 more step")]
    [InlineData(3, "entry", "entries", "3 entries")]
    public void Of_PutsTheNounInTheNumberOfTheCount(long count, string singular, string? plural, string expected)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.Equal(expected, Counted.Of(count, singular, plural));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
