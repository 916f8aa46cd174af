using Platform.Engine.Language;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Functions;

public sealed class InMemoryFunctionLibraryTests
{
    private const string Add = "function \"math/add\" {\n  input {\n    int a\n    int b\n  }\n  stack {\n  }\n  response = $input.a + $input.b\n}";

    [Fact]
    public async Task FindAsync_ByHeaderName_GivesTheConstructAndItsText()
    {
        var library = InMemoryFunctionLibrary.FromSources([Add]);
        var found = await library.FindAsync("math/add", CancellationToken.None);
        Assert.Equal(("function", "math/add"), (found?.Construct.Keyword, found?.Construct.Name?.Name));
        Assert.Equal(Add, found?.Text.Text);
        Assert.Null(await library.FindAsync("add", CancellationToken.None));
    }

    [Theory]
    [InlineData("task t {\n  stack {\n  }\n}", "Only function scripts")]
    [InlineData("function broken {\n  stack {\n    var $x {\n  }\n}", "The function 'broken' has errors: ")]
    public void Constructor_ScriptThatIsNotAGoodFunction_IsRefused(string source, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => InMemoryFunctionLibrary.FromSources([source]));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoFunctionsWithOneName_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => InMemoryFunctionLibrary.FromSources([Add, Add]));
        Assert.StartsWith("Two scripts define the function 'math/add'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FunctionCallingItselfForever_FailsWithTheFunctionDepthLimit()
    {
        var library = InMemoryFunctionLibrary.FromSources(["function loop {\n  stack {\n    function.run loop as $again\n  }\n}"]);
        var environment = TestRuns.Environment() with { Functions = library, Limits = TestRuns.Environment().Limits with { FunctionDepth = 5 } };
        const string Task = "task t {\n  stack {\n    function.run loop as $x\n  }\n}";
        var result = await TestRuns.RunAsync(Task, environment);
        Assert.Equal((RunStatus.Failed, "function_depth", "function.run nested more than 5 deep."), (result.Status, result.Failure?.Limit, result.Failure?.Error.Message));
        Assert.Equal(Task.IndexOf("function.run", StringComparison.Ordinal), result.Failure?.Span?.Start);
    }

    [Fact]
    public async Task Run_FunctionWithInput_CanBeTheScriptThatRuns()
    {
        var request = new RunRequest { Input = JsonValues.Parse("""{"a": "2", "b": 3}""") };
        var result = await TestRuns.RunAsync(Add, request: request);
        Assert.Equal((RunStatus.Succeeded, XsValue.Int(5)), (result.Status, result.Result));
    }

    [Fact]
    public async Task Run_ErrorInsideFunction_KeepsTheFunctionAndItsPosition()
    {
        const string Function = "function fail {\n  stack {\n    throw {\n      name = \"E\"\n      value = \"no\"\n    }\n  }\n}";
        const string Task = "task t {\n  stack {\n    function.run fail as $x\n  }\n}";
        var result = await TestRuns.RunAsync(Task, TestRuns.Environment() with { Functions = InMemoryFunctionLibrary.FromSources([Function]) });
        var frame = Assert.Single(result.Failure?.Functions ?? []);
        Assert.Equal(("fail", Function.IndexOf("throw", StringComparison.Ordinal)), (frame.Function, frame.Span?.Start));
        Assert.Equal(new LinePosition(3, 5), frame.Position);
        Assert.Equal(Task.IndexOf("function.run", StringComparison.Ordinal), result.Failure?.Span?.Start);
    }
}
