using System.Text.Json;
using Platform.Data.Tables;

namespace Platform.Data.Tests.Tables;

/// <summary>The conversion rules per type pair (docs/architecture.md). Null expected = the value is lost.</summary>
public sealed class FieldConversionTests
{
    private static string? Convert(string json, FieldType from, FieldType to, bool fromList = false, bool toList = false, params string[] enumValues)
    {
        using var value = JsonDocument.Parse(json);
        return FieldConversion.Convert(value.RootElement, new FieldShape(from, fromList, []), new FieldShape(to, toList, enumValues));
    }

    [Theory]
    [InlineData("\"42\"", "42")]
    [InlineData("\" -7 \"", "-7")]
    [InlineData("\"3.5\"", "4")]
    [InlineData("\"abc\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("\"1e400\"", null)]
    public void TextToInt(string value, string? expected) => Assert.Equal(expected, Convert(value, FieldType.Text, FieldType.Int));

    [Theory]
    [InlineData("2.5", "3")]
    [InlineData("-2.5", "-3")]
    [InlineData("2.4", "2")]
    [InlineData("7", "7")]
    public void DecimalToInt_RoundsHalfAwayFromZero(string value, string expected) => Assert.Equal(expected, Convert(value, FieldType.Decimal, FieldType.Int));

    [Theory]
    [InlineData("\"4.25\"", FieldType.Text, "4.25")]
    [InlineData("\"x\"", FieldType.Text, null)]
    [InlineData("true", FieldType.Bool, "1")]
    [InlineData("12", FieldType.Int, "12")]
    public void ToDecimal(string value, FieldType from, string? expected) => Assert.Equal(expected, Convert(value, from, FieldType.Decimal));

    [Theory]
    [InlineData("12", FieldType.Int, "\"12\"")]
    [InlineData("1.5", FieldType.Decimal, "\"1.5\"")]
    [InlineData("true", FieldType.Bool, "\"true\"")]
    [InlineData("{\"a\":[1]}", FieldType.Json, "\"{\\\"a\\\":[1]}\"")]
    [InlineData("\"café\"", FieldType.Enum, "\"café\"")]
    public void ToText_EveryValueHasAText(string value, FieldType from, string expected) => Assert.Equal(expected, Convert(value, from, FieldType.Text));

    [Theory]
    [InlineData("1", "true")]
    [InlineData("0", "false")]
    [InlineData("2", null)]
    [InlineData("\"TRUE\"", "true")]
    [InlineData("\"0\"", "false")]
    [InlineData("\"yes\"", null)]
    public void ToBool(string value, string? expected) => Assert.Equal(expected, Convert(value, FieldType.Json, FieldType.Bool));

    [Theory]
    [InlineData("\"2026-03-14T15:09:26Z\"", "1773500966000")]
    [InlineData("\"2026-03-14 15:09:26\"", "1773500966000")]
    [InlineData("\"2026-03-14T16:09:26+01:00\"", "1773500966000")]
    [InlineData("\"1773500966000\"", "1773500966000")]
    [InlineData("\"someday\"", null)]
    public void TextToTimestamp_IsoTextAsUtcEpochMilliseconds(string value, string? expected) =>
        Assert.Equal(expected, Convert(value, FieldType.Text, FieldType.Timestamp));

    [Theory]
    [InlineData("1773500966000", FieldType.Timestamp, "\"2026-03-14\"")]
    [InlineData("\"2026-03-14\"", FieldType.Text, "\"2026-03-14\"")]
    [InlineData("\"2026-03-14T23:30:00-02:00\"", FieldType.Text, "\"2026-03-15\"")]
    [InlineData("\"14/03/2026\"", FieldType.Text, null)]
    public void ToDate_TheUtcDay(string value, FieldType from, string? expected) => Assert.Equal(expected, Convert(value, from, FieldType.Date));

    [Theory]
    [InlineData("\"0F8FAD5B-D9CB-469F-A165-70867728950E\"", FieldType.Uuid, "\"0f8fad5b-d9cb-469f-a165-70867728950e\"")]
    [InlineData("\"not-a-uuid\"", FieldType.Uuid, null)]
    [InlineData("\" ada@example.com \"", FieldType.Email, "\"ada@example.com\"")]
    [InlineData("\"ada at example\"", FieldType.Email, null)]
    [InlineData("\"a@b@c\"", FieldType.Email, null)]
    [InlineData("\"{\\\"a\\\":1}\"", FieldType.Object, "{\"a\":1}")]
    [InlineData("\"[1]\"", FieldType.Object, null)]
    [InlineData("\"12\"", FieldType.Reference, "12")]
    [InlineData("0", FieldType.Reference, null)]
    public void TextTo(string value, FieldType to, string? expected) => Assert.Equal(expected, Convert(value, FieldType.Text, to));

    [Theory]
    [InlineData("\"paid\"", "\"paid\"")]
    [InlineData("\"Paid\"", null)]
    [InlineData("2", "\"2\"")]
    public void ToEnum_OnlyListedValues(string value, string? expected) =>
        Assert.Equal(expected, Convert(value, FieldType.Text, FieldType.Enum, enumValues: ["paid", "2"]));

    [Fact]
    public void ToJson_KeepsAnything() => Assert.Equal("{\"a\": [1, \"x\"]}", Convert("{\"a\": [1, \"x\"]}", FieldType.Object, FieldType.Json));

    [Fact]
    public void Password_NeverConvertsEitherWay()
    {
        Assert.Null(Convert("\"secret\"", FieldType.Text, FieldType.Password));
        Assert.Null(Convert("\"$2a$hash\"", FieldType.Password, FieldType.Text));
    }

    [Fact]
    public void Lists_ElementByElement_LostWhenAnyElementIs()
    {
        Assert.Equal("[1,2]", Convert("[\"1\",\"2\"]", FieldType.Text, FieldType.Int, fromList: true, toList: true));
        Assert.Null(Convert("[\"1\",\"x\"]", FieldType.Text, FieldType.Int, fromList: true, toList: true));
        Assert.Equal("[5]", Convert("\"5\"", FieldType.Text, FieldType.Int, toList: true));
        Assert.Equal("5", Convert("[\"5\"]", FieldType.Text, FieldType.Int, fromList: true));
        Assert.Null(Convert("[1,2]", FieldType.Int, FieldType.Int, fromList: true));
        Assert.Equal("\"[1,2]\"", Convert("[1,2]", FieldType.Int, FieldType.Text, fromList: true));
    }
}
