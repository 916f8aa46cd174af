using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Statements;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Runs statements: one async path (<see cref="ValueTask"/>), control flow as <see cref="Flow"/> values, every
/// statement through <see cref="ExecuteAsync"/> (the step hook: limits, trace, error positions). Partial files hold
/// control flow, calls and functions.
/// </summary>
internal sealed partial class Interpreter(RunContext run, Evaluator evaluator, StatementRegistry statements)
{
    private readonly List<StatementBlock> _postProcess = [];

    /// <summary>
    /// The statements the interpreter runs itself rather than through a handler of the <see cref="StatementRegistry"/>:
    /// control flow (<see cref="ExecuteAsync"/>, <see cref="ExecuteCallAsync"/>, <see cref="StackAsync"/>) and function.run.
    /// </summary>
    public static readonly IReadOnlyList<string> OwnStatements =
    [
        "conditional", "switch", "foreach", "for", "while", "try_catch", "group", "db.transaction", "util.post_process",
        "return", "break", "continue", "foreach.remove", "debug.stop", "function.run",
    ];

    /// <summary>What return (or debug.stop) handed back.</summary>
    public XsValue ReturnValue { get; private set; }

    public async ValueTask<Flow> ExecuteBlockAsync(StatementBlock block)
    {
        var list = block.Statements;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].IsSkipped())
                continue;
            var flow = await ExecuteAsync(list[i]);
            if (flow != Flow.Normal)
                return flow;
        }
        return Flow.Normal;
    }

    private async ValueTask<Flow> ExecuteAsync(StatementNode statement)
    {
        run.Step(statement.KeywordSpan);
        var started = run.Timestamp();
        try
        {
            var (flow, result) = statement switch
            {
                CallStatement call => await ExecuteCallAsync(call),
                ConditionalStatement conditional => (await ConditionalAsync(conditional), null),
                SwitchStatement @switch => (await SwitchAsync(@switch), null),
                LoopStatement loop => (await LoopAsync(loop), null),
                TryCatchStatement tryCatch => (await TryCatchAsync(tryCatch), null),
                StackStatement stack => (await StackAsync(stack), null),
                _ => (Flow.Normal, (XsValue?)null),
            };
            run.AddTrace(statement.Keyword, statement.KeywordSpan, started, result);
            return flow;
        }
        catch (ScriptErrorException error)
        {
            throw error.At(statement.KeywordSpan);
        }
        catch (LimitExceededException limit)
        {
            limit.Span ??= statement.KeywordSpan;
            throw;
        }
    }

    /// <summary>Runs a task's or function's stack, then any util.post_process blocks, and gives its response.</summary>
    public async ValueTask<XsValue> RunConstructAsync(ConstructNode construct)
    {
        var flow = construct.FindClause("stack") is StackClause stack ? await ExecuteBlockAsync(stack.Block) : Flow.Normal;
        foreach (var block in _postProcess.ToList())
            await ExecuteBlockAsync(block);
        _postProcess.Clear();
        if (flow == Flow.Return)
            return ReturnValue;
        return construct.FindClause("response") is ValueClause response ? evaluator.Evaluate(response.Value) : XsValue.Null;
    }
}
