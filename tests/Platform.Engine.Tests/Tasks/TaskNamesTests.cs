using Platform.Engine.Tasks;

namespace Platform.Engine.Tests.Tasks;

public sealed class TaskNamesTests
{
    [Theory]
    [InlineData("daily_report", "daily_report")]
    [InlineData("_private", "_private")]
    [InlineData("Report2", "Report2")]
    [InlineData("import video ask", "\"import video ask\"")]
    [InlineData("2fast", "\"2fast\"")]
    [InlineData("math/add", "\"math/add\"")]
    [InlineData("café", "\"café\"")]
    public void ToScriptName_QuotesUnlessIdentifier(string name, string expected)
    {
        Assert.Equal(expected, TaskNames.ToScriptName(name));
    }

    [Fact]
    public void Rule_RefusesQuotesAndBackslashes()
    {
        Assert.False(TaskNames.Rule.Check("a\"b").IsValid);
        Assert.False(TaskNames.Rule.Check("a\\b").IsValid);
        Assert.True(TaskNames.Rule.Check("a-b c/d").IsValid);
    }
}
