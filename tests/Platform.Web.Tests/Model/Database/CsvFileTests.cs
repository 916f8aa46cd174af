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
    [InlineData("", "The file is empty: a CSV import needs a header row naming the columns.")]
    [InlineData("a,,c\n1,2,3\n", "Column 2 of the header row has no name.")]
    public async Task Read_BadFile_ProblemNamesTheLine(string content, string message)
    {
        var file = await ReadAsync(content);

        Assert.False(file.Succeeded);
        Assert.Equal(message, file.Problem.Message);
        Assert.Equal("file", file.Problem.Field);
    }

    private static Task<Platform.Data.Results.Result<CsvFile>> ReadAsync(string content) => CsvFile.ReadAsync(new StringReader(content));
}
