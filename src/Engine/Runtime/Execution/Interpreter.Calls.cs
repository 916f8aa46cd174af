using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Statements;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

internal sealed partial class Interpreter
{
    // Keyed by node identity: syntax nodes are records, and their structural equality would be slow and wrong here.
    private readonly Dictionary<CallStatement, BoundStatement> _bound = new(ReferenceEqualityComparer.Instance);

    // Not async: most statements finish synchronously, and sparing a state machine per statement is measurable.
    private ValueTask<(Flow Flow, XsValue? Result)> ExecuteCallAsync(CallStatement call)
    {
        var bound = Bind(call);
        if (bound.Control is { } control)
            return new(Control(call, control));
        if (MockFor(call, bound.Schema) is { } mock)
            return new(Finish(call, bound, mock));
        var pending = InvokeAsync(call, bound);
        return pending.IsCompletedSuccessfully ? new(Finish(call, bound, pending.Result)) : FinishAsync(call, bound, pending);
    }

    private async ValueTask<(Flow Flow, XsValue? Result)> FinishAsync(CallStatement call, BoundStatement bound, ValueTask<XsValue> pending) =>
        Finish(call, bound, await pending);

    private (Flow Flow, XsValue? Result) Finish(CallStatement call, BoundStatement bound, XsValue result)
    {
        if (call.Binding is { } binding)
            Paths.Assign(run, evaluator, binding.Variable, run.Checked(result, call.KeywordSpan));
        return (Flow.Normal, bound.Schema.ProducesValue ? result : null);
    }

    private (Flow Flow, XsValue? Result) Control(CallStatement call, ControlStatement control)
    {
        switch (control)
        {
            case ControlStatement.Return:
                ReturnValue = Value(call, "value");
                return (Flow.Return, ReturnValue);
            case ControlStatement.Break:
                return (Flow.Break, null);
            case ControlStatement.Continue:
                return (Flow.Continue, null);
            case ControlStatement.Remove:
                var loop = _foreachLoops.Count > 0 ? _foreachLoops.Peek() : throw ScriptErrorException.Fatal("foreach.remove only works inside a foreach loop.");
                loop.Removed.Add(loop.Index);
                return (Flow.Normal, null);
            default:
                // debug.stop ends the run here, successfully, handing the value to the log (there is no interactive debugger).
                ReturnValue = Value(call, "value");
                run.AddLog(ReturnValue, call.KeywordSpan);
                return (Flow.Return, ReturnValue);
        }
    }

    /// <summary>The statements that steer the interpreter rather than compute a value.</summary>
    private enum ControlStatement
    {
        Return,
        Break,
        Continue,
        Remove,
        Stop,
    }

    private static ControlStatement? ControlOf(string keyword) => keyword switch
    {
        "return" => ControlStatement.Return,
        "break" => ControlStatement.Break,
        "continue" => ControlStatement.Continue,
        "foreach.remove" => ControlStatement.Remove,
        "debug.stop" => ControlStatement.Stop,
        _ => null,
    };

    private XsValue Value(CallStatement call, string attribute) =>
        call.Attributes?.Find(attribute)?.Value is { } expression ? evaluator.Evaluate(expression) : XsValue.Null;

    /// <summary>A statement's schema and handler, looked up once per statement node of the run (loops run the same nodes).</summary>
    private sealed record BoundStatement(StatementSchema Schema, StatementHandler? Handler, ControlStatement? Control);

    private BoundStatement Bind(CallStatement call)
    {
        if (_bound.TryGetValue(call, out var bound))
            return bound;
        var schema = StatementCatalog.Find(call.Keyword)
            ?? throw ScriptErrorException.Fatal($"Unknown statement '{call.Keyword}'.");
        bound = new BoundStatement(schema, statements.Find(call.Keyword), ControlOf(call.Keyword));
        _bound[call] = bound;
        return bound;
    }

    private ValueTask<XsValue> InvokeAsync(CallStatement call, BoundStatement bound)
    {
        if (call.Keyword == "function.run")
            return RunFunctionAsync(call);
        var handler = bound.Handler
            ?? throw ScriptErrorException.Fatal(bound.Schema.Support == StatementSupport.TestOnly
                ? $"'{call.Keyword}' only works inside a test."
                : $"'{call.Keyword}' is not supported by this server.");
        return handler(new StatementCall(call, bound.Schema, run, evaluator));
    }

    /// <summary>Inside a named unit test, a statement with <c>mock = {"test name": value}</c> returns that value instead of running.</summary>
    private XsValue? MockFor(CallStatement call, StatementSchema schema)
    {
        if (run.Request.TestName is not { } test || !schema.ProducesValue || call.Attributes?.Find("mock")?.Value is not { } mock)
            return null;
        var mocks = evaluator.Evaluate(mock);
        return mocks.Kind == ValueKind.Object && mocks.AsObject.TryGet(test, out var value) ? value : null;
    }

    // A function runs in a fresh frame with its own $input; return or its response clause give the result. Its
    // util.post_process blocks run when it ends; the caller's stay pending, and the caller's foreach loops are out
    // of reach of its foreach.remove.
    private async ValueTask<XsValue> RunFunctionAsync(CallStatement call)
    {
        var name = (call.Target as NameNode)?.Name ?? throw ScriptErrorException.Fatal("function.run needs a function name.");
        var library = run.Environment.Functions ?? throw ScriptErrorException.Fatal("function.run: this run has no functions.");
        var function = await library.FindAsync(name, run.CancellationToken)
            ?? throw new ScriptErrorException(new XsError(XsError.NotFound, $"function.run: there is no function named '{name}'."));
        if (run.FunctionDepth >= run.Limits.FunctionDepth)
            throw new FunctionDepthExceededException(run.Limits.FunctionDepth, call.KeywordSpan);
        var caller = EnterFunction(name, FunctionInputs.Bind(function.Construct, Value(call, "input"), run.Clock));
        try
        {
            return await RunConstructAsync(function.Construct);
        }
        catch (ScriptErrorException error)
        {
            throw error.LeavingFunction(name, function.Text);
        }
        catch (LimitExceededException limit)
        {
            // Its position is in the function's script; the caller's function.run statement takes its place.
            limit.Span = null;
            throw;
        }
        finally
        {
            LeaveFunction(caller);
        }
    }

    /// <summary>What a function call sets aside of its caller and gives back when it ends.</summary>
    private sealed record CallerState(Frame Frame, XsValue ReturnValue, string? Function, StatementBlock[] PostProcess, ForeachState[] Loops);

    private CallerState EnterFunction(string name, XsValue input)
    {
        var caller = new CallerState(run.Frame, ReturnValue, run.Function, [.. _postProcess], [.. _foreachLoops]);
        _postProcess.Clear();
        _foreachLoops.Clear();
        run.Frame = new Frame(input);
        run.Function = name;
        run.FunctionDepth++;
        return caller;
    }

    private void LeaveFunction(CallerState caller)
    {
        run.FunctionDepth--;
        run.Function = caller.Function;
        run.Frame = caller.Frame;
        ReturnValue = caller.ReturnValue;
        _postProcess.Clear();
        _postProcess.AddRange(caller.PostProcess);
        _foreachLoops.Clear();
        // A stack's array lists its top first; pushing from the bottom up rebuilds it.
        for (var i = caller.Loops.Length - 1; i >= 0; i--)
            _foreachLoops.Push(caller.Loops[i]);
    }
}
