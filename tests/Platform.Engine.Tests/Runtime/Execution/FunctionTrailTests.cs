using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Functions;

namespace Platform.Engine.Tests.Runtime.Execution;

/// <summary>The lines that say which functions an error came out of, as xs run prints them and the run history stores them.</summary>
public sealed class FunctionTrailTests
{
    private const string Inner = "function \"math/div\" {\n  stack {\n    throw {\n      name = \"DivideByZero\"\n      value = \"no zero\"\n    }\n  }\n}";
    private const string Outer = "function outer {\n  stack {\n    function.run \"math/div\" as $q\n  }\n}";
    private const string Task = "task t {\n  stack {\n    function.run outer as $x\n  }\n}";

    [Fact]
    public async Task MessageWithFunctions_NestedCalls_OneLinePerFunctionInnermostFirst()
    {
        var result = await TestRuns.RunAsync(Task, TestRuns.Environment() with { Functions = InMemoryFunctionLibrary.FromSources([Inner, Outer]) });

        Assert.Equal("no zero\nin function math/div at 3:5\nin function outer at 3:5", FunctionTrail.MessageWithFunctions(result.Failure!));
    }

    [Fact]
    public async Task MessageWithFunctions_ErrorInTheTaskItself_IsTheMessageAlone()
    {
        var result = await TestRuns.RunAsync("task t {\n  stack {\n    throw {\n      name = \"E\"\n      value = \"plain\"\n    }\n  }\n}");

        Assert.Equal("plain", FunctionTrail.MessageWithFunctions(result.Failure!));
    }

    [Fact]
    public void Line_PlaceUnknown_NamesTheFunctionOnly()
    {
        Assert.Equal("in function lookup", FunctionTrail.Line(new FunctionFrame("lookup", null)));
    }
}
