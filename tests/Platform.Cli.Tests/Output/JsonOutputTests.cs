using Platform.Cli.Output;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Text;

namespace Platform.Cli.Tests.Output;

public sealed class JsonOutputTests
{
    [Fact]
    public void ToJson_Report_WritesTheDocumentedShapeOnOneLine()
    {
        var diagnostic = new FileDiagnostic("XS0303", DiagnosticSeverity.Error, new LinePosition(4, 15), new LinePosition(4, 17), "'$y' is bad — «é».");
        var report = new FileReport("tâches/a.xs", "task", "a", [diagnostic]);

        var json = JsonOutput.ToJson(report);

        Assert.Equal(
            """{"path":"tâches/a.xs","construct":"task","name":"a","diagnostics":[{"code":"XS0303","severity":"error","line":4,"column":15,"endLine":4,"endColumn":17,"message":"'$y' is bad — «é»."}]}""",
            json);
    }

    [Fact]
    public void ToJson_NoConstruct_WritesNulls()
    {
        var json = JsonOutput.ToJson(new FileReport("a.xs", null, null, []));

        Assert.Equal("""{"path":"a.xs","construct":null,"name":null,"diagnostics":[]}""", json);
    }
}
