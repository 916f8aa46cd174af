using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

internal sealed partial class Interpreter
{
    // The loops foreach.remove can act on, innermost last.
    private readonly Stack<ForeachState> _foreachLoops = new();

    private sealed class ForeachState
    {
        public int Index { get; set; }

        public HashSet<int> Removed { get; } = [];
    }

    private async ValueTask<Flow> ConditionalAsync(ConditionalStatement conditional)
    {
        foreach (var branch in conditional.Branches)
        {
            if (branch.Condition is null || evaluator.IsTruthy(branch.Condition))
                return await ExecuteBlockAsync(branch.Body);
        }
        return Flow.Normal;
    }

    // The first case loosely equal (==) to the value runs, and so does every case after it until one ends with
    // 'break' (C-style fall-through); default runs when no case matches.
    private async ValueTask<Flow> SwitchAsync(SwitchStatement @switch)
    {
        var value = evaluator.Evaluate(@switch.Value);
        var cases = @switch.Cases;
        var start = -1;
        for (var i = 0; i < cases.Count && start < 0; i++)
        {
            if (cases[i].Value is { } caseValue && ValueComparer.LooseEquals(value, evaluator.Evaluate(caseValue)))
                start = i;
        }
        if (start < 0)
            start = cases.ToList().FindIndex(c => c.Value is null);
        for (var i = start; i >= 0 && i < cases.Count; i++)
        {
            var flow = await ExecuteBlockAsync(cases[i].Body);
            if (flow != Flow.Normal)
                return flow;
            if (cases[i].Break)
                break;
        }
        return Flow.Normal;
    }

    private ValueTask<Flow> LoopAsync(LoopStatement loop) => loop.Keyword switch
    {
        "foreach" => ForeachAsync(loop),
        "for" => ForAsync(loop),
        _ => WhileAsync(loop),
    };

    // foreach walks a list's elements (an object's values; null walks nothing). Removed elements leave the list
    // variable when the loop ends.
    private async ValueTask<Flow> ForeachAsync(LoopStatement loop)
    {
        var source = evaluator.Evaluate(loop.Source);
        IReadOnlyList<XsValue> items = source.Kind switch
        {
            ValueKind.Array => source.AsArray,
            ValueKind.Object => source.AsObject.Values.ToList(),
            ValueKind.Null => [],
            _ => throw ScriptErrorException.Fatal($"foreach needs a list, not {ValueConversions.KindName(source)}."),
        };
        var state = new ForeachState();
        _foreachLoops.Push(state);
        try
        {
            var flow = await IterateAsync(loop, items.Count, i =>
            {
                state.Index = (int)i;
                return items[(int)i];
            });
            if (state.Removed.Count > 0 && source.Kind == ValueKind.Array && Variables(loop.Source))
            {
                var kept = XsArray.Create(source.AsArray.Where((_, i) => !state.Removed.Contains(i)));
                Paths.Assign(run, evaluator, loop.Source, XsValue.Array(kept));
            }
            return flow;
        }
        finally
        {
            _foreachLoops.Pop();
        }
    }

    private static bool Variables(ExpressionNode expression) => Evaluator.Flatten(expression).Root is VariableExpression;

    private ValueTask<Flow> ForAsync(LoopStatement loop)
    {
        var count = Evaluator.ToInteger(evaluator.Evaluate(loop.Source), "for");
        return IterateAsync(loop, Math.Max(0, count), i => XsValue.Int(i));
    }

    private async ValueTask<Flow> IterateAsync(LoopStatement loop, long count, Func<long, XsValue> element)
    {
        if (loop.Each is not { } each)
            return Flow.Normal;
        for (var i = 0L; i < count; i++)
        {
            if (i >= run.Limits.LoopIterations)
                throw new LoopLimitExceededException(run.Limits.LoopIterations, loop.KeywordSpan);
            var item = element(i);
            if (each.Variable is { } variable)
                Paths.Assign(run, evaluator, variable.Variable, item);
            var flow = await ExecuteBlockAsync(each.Body);
            if (flow == Flow.Break)
                break;
            if (flow == Flow.Return)
                return flow;
        }
        return Flow.Normal;
    }

    private async ValueTask<Flow> WhileAsync(LoopStatement loop)
    {
        long iterations = 0;
        while (evaluator.IsTruthy(loop.Source))
        {
            if (++iterations > run.Limits.LoopIterations)
                throw new LoopLimitExceededException(run.Limits.LoopIterations, loop.KeywordSpan);
            // A while with an empty body still passes the step hook, so it cannot spin past the limits.
            run.Step(loop.KeywordSpan);
            var flow = loop.Each is { } each ? await ExecuteBlockAsync(each.Body) : Flow.Normal;
            if (flow == Flow.Break)
                break;
            if (flow == Flow.Return)
                return flow;
        }
        return Flow.Normal;
    }

    // Limits and cancellation are not script errors: a catch never sees them, but finally still runs.
    private async ValueTask<Flow> TryCatchAsync(TryCatchStatement tryCatch)
    {
        var tryPart = tryCatch.Find("try");
        var catchPart = tryCatch.Find("catch");
        var finallyPart = tryCatch.Find("finally");
        var previousError = run.Frame.Error;
        try
        {
            try
            {
                return tryPart is null ? Flow.Normal : await ExecuteBlockAsync(tryPart.Body);
            }
            catch (ScriptErrorException error) when (catchPart is not null)
            {
                run.Frame.Error = error.Error.ToValue();
                return await ExecuteBlockAsync(catchPart.Body);
            }
        }
        finally
        {
            if (finallyPart is not null)
                await ExecuteBlockAsync(finallyPart.Body);
            run.Frame.Error = previousError;
        }
    }

    private async ValueTask<Flow> StackAsync(StackStatement stack)
    {
        if (stack.Stack is not { } block)
            return Flow.Normal;
        switch (stack.Keyword)
        {
            case "db.transaction":
                var records = run.Records ?? throw ScriptErrorException.Fatal("db.transaction: this run has no database.");
                return await records.TransactionAsync(async (transactional, _) =>
                {
                    var outer = run.Records;
                    var datasource = run.Datasource;
                    run.Records = transactional;
                    try
                    {
                        return await ExecuteBlockAsync(block);
                    }
                    finally
                    {
                        // A db.set_datasource inside the transaction still holds after it.
                        run.Records = run.Datasource == datasource ? outer : outer?.ForDatasource(run.Datasource);
                    }
                }, run.CancellationToken);
            case "util.post_process":
                // Runs after the rest of the stack (a task has no response to send first).
                _postProcess.Add(block);
                return Flow.Normal;
            default:
                return await ExecuteBlockAsync(block);
        }
    }
}
