using Platform.Engine.Naming;

namespace Platform.Engine.Tests.Naming;

public sealed class NameRuleTests
{
    private static readonly NameRule Rule = new("Thing name", 5, "#");

    [Theory]
    [InlineData(null, "Thing name is required.")]
    [InlineData("", "Thing name is required.")]
    [InlineData(" \t ", "Thing name is required.")]
    [InlineData("abcdef", "Thing name is too long: 6 characters (at most 5).")]
    [InlineData("a\u0000b", "Thing name cannot contain line breaks or control characters.")]
    [InlineData("a\tb", "Thing name cannot contain line breaks or control characters.")]
    [InlineData("a#b", "Thing name cannot contain '#'.")]
    public void Check_InvalidName_ExplainsWhy(string? raw, string error)
    {
        Assert.Equal(NameCheck.Invalid(error), Rule.Check(raw));
    }

    [Fact]
    public void Check_PaddedName_TrimmedAndValid()
    {
        var check = Rule.Check("  abc  ");

        Assert.True(check.IsValid);
        Assert.Equal("abc", check.Name);
    }

    [Fact]
    public void Check_LengthCountedAfterTrimming()
    {
        Assert.True(Rule.Check("   abcde   ").IsValid);
    }
}
