using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime;

/// <summary>How logs and results read: the characters people wrote, JSON escapes only where JSON needs them.</summary>
public sealed class ValueDisplayTests
{
    // An emoji (a surrogate pair) showed as "\uD83D\uDE00" in run logs and xs run output.
    [Theory]
    [InlineData("\"héllo 😀\"", "\"héllo 😀\"")]
    [InlineData("{\"clé 🔑\": [\"日本\", \"a\\\"b\\\\c\"]}", "{\"clé 🔑\":[\"日本\",\"a\\\"b\\\\c\"]}")]
    [InlineData("\"tab\\tline\\nbell\\u0007<&>\"", "\"tab\\tline\\nbell\\u0007<&>\"")]
    public void Format_Text_KeepsItsCharactersAndEscapesOnlyWhatJsonNeeds(string json, string expected)
    {
        Assert.Equal(expected, ValueDisplay.Format(JsonValues.Parse(json)));
    }
}
