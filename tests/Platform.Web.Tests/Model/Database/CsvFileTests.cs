using Platform.Web.Model.Database;

namespace Platform.Web.Tests.Model.Database;

/// <summary>Reading an import file: cells as written, and a located message for a file that is not what it seems.</summary>
public sealed class CsvFileTests
{
    [Fact]
    public async Task Read_QuotedEmptyCellIsEmptyText_EmptyCellIsNull()
    {
        var file = await ReadAsync("a,b,c\n\"\",,x\n");

        Assert.Equal<IEnumerable<string?>>(["", null, "x"], file.Value!.Rows.Single());
    }

    [Fact]
    public async Task Read_ExcelFiles_ByteOrderMarkAndSemicolons_ReadAsWritten()
    {
        var file = await ReadAsync("\uFEFFname;price\n\"a;b\";1\n");

        Assert.Equal(["name", "price"], file.Value!.Headers);
        Assert.Equal([["a;b", "1"]], file.Value.Rows);
    }

    [Fact]
    public async Task Read_StrayQuoteInsideACell_IsText()
    {
        var file = await ReadAsync("name,size\nScreen 5\" wide,5\n");

        Assert.Equal([["Screen 5\" wide", "5"]], file.Value!.Rows);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4,5\n", "Line 3 has 3 cells, but the header row names 2 columns. Check for an extra separator or a quote missing around a cell on that line.")]
    [InlineData("a,b\n1,2\n3,\"4\n5,6\n", "Line 3: a quoted cell is never closed, so the rest of the file would be read into it. Add the missing closing quote (\").")]
    [InlineData("a,b\n\"say \"hi\"\",2\n", "Line 2: text follows the closing quote of a cell. Inside a quoted cell, write a quote twice (\"\").")]
    [InlineData("name,price\r\n", "The file has a header row but no rows under it: there is nothing to import.")]
    [InlineData("", "The file is empty: a CSV import needs a header row naming the columns.")]
    [InlineData("a,,c\n1,2,3\n", "Column 2 of the header row has no name.")]
    public async Task Read_BadFile_ProblemNamesTheLine(string content, string message)
    {
        var file = await ReadAsync(content);

        Assert.False(file.Succeeded);
        Assert.Equal(message, file.Problem.Message);
        Assert.Equal("file", file.Problem.Field);
    }

    [Fact]
    public async Task Read_LegacyEncoding_RefusedWithHowToSaveAsUtf8()
    {
        var latin1 = new byte[] { (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'\n', (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n' };

        var file = await CsvFile.ReadAsync(new MemoryStream(latin1));

        Assert.Equal("The file is not UTF-8 text (Excel's \"CSV\" format saves another encoding). Save it as \"CSV UTF-8\" and choose it again.", file.Problem?.Message);
    }

    [Fact]
    public async Task Read_Utf16WithByteOrderMark_ReadAsWritten()
    {
        var file = await CsvFile.ReadAsync(new MemoryStream(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("name\ncafé ✓\n")).ToArray()));

        Assert.Equal("café ✓", file.Value!.Rows.Single()[0]);
    }

    private static Task<Platform.Data.Results.Result<CsvFile>> ReadAsync(string content) => CsvFile.ReadAsync(new StringReader(content));
}
