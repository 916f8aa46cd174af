using Platform.Engine.Tasks;
using Platform.Engine.Tasks.Editing;

namespace Platform.Engine.Tests.Tasks;

public sealed class TaskHeaderTests
{
    [Theory]
    [InlineData("task report {\n}", "report")]
    [InlineData("task\treport{", "report")]
    [InlineData("  \n\ntask report {", "report")]
    [InlineData("// a comment\n   // another\ntask report {", "report")]
    [InlineData("task \"weekly report\" {", "weekly report")]
    [InlineData("task report", "report")]
    public void Find_ReadsTheName(string script, string name)
    {
        Assert.Equal(name, TaskHeader.Find(script)?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// only a comment")]
    [InlineData("function report {")]
    [InlineData("tasks report {")]
    [InlineData("task {")]
    [InlineData("task 9lives {")]
    [InlineData("task \"unterminated {")]
    [InlineData("task \"\" {")]
    [InlineData("task \"esc\\\"aped\" {")]
    [InlineData("task \"two\nlines\" {")]
    [InlineData("x task report {")]
    public void Find_NoReadableHeader_ReturnsNull(string script)
    {
        Assert.Null(TaskHeader.Find(script));
    }

    [Fact]
    public void Find_ReportsTheSpanOfTheNameToken()
    {
        var header = TaskHeader.Find("// c\ntask \"a b\" {")!;

        Assert.Equal((10, 5), (header.Start, header.Length));
    }

    [Theory]
    [InlineData("task old {\n  stack {\n  }\n}\n", "new_name", "task new_name {\n  stack {\n  }\n}\n")]
    [InlineData("task old {", "new name", "task \"new name\" {")]
    [InlineData("// keep me\ntask \"old one\" { // and me", "renamed", "// keep me\ntask renamed { // and me")]
    public void Rename_ChangesOnlyTheNameToken(string script, string newName, string expected)
    {
        Assert.Equal(expected, TaskHeader.Rename(script, newName));
    }

    [Fact]
    public void Rename_NoHeader_ReturnsNull()
    {
        Assert.Null(TaskHeader.Rename("function f {", "x"));
    }

    [Fact]
    public void RenameChange_ReplacesOnlyTheNameToken()
    {
        var change = TaskHeader.RenameChange("// note\ntask \"old one\" {\n}", "renamed");

        Assert.Equal(new TextChange(13, 9, "renamed"), change);
        Assert.Null(TaskHeader.RenameChange("function f {", "x"));
    }
}
