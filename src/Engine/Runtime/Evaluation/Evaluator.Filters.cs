using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

internal sealed partial class Evaluator
{
    private XsValue Filter(FilterExpression filtered)
    {
        var value = filtered.Input is { } input ? Evaluate(input) : XsValue.Null;
        foreach (var call in filtered.Filters)
        {
            if (!call.Disabled)
                value = Invoke(call, value);
        }
        return value;
    }

    private XsValue Invoke(Language.Syntax.FilterCall node, XsValue input)
    {
        var function = filters.Find(node.Name)
            ?? throw ScriptErrorException.Fatal($"The filter '{node.Name}' is not available on this server.");
        var call = new Filters.FilterCall(node.Name, input, new Arguments(this, node), this);
        try
        {
            return function(call);
        }
        catch (Exception exception) when (exception is not (ScriptErrorException or LimitExceededException or OperationCanceledException))
        {
            // A filter's own failure (bad format, overflow…) is the script's error, named after the filter.
            throw call.Error(exception.Message);
        }
    }

    /// <summary>Evaluates a filter call's argument expressions, on demand.</summary>
    private sealed class Arguments(Evaluator evaluator, Language.Syntax.FilterCall node) : IFilterArguments
    {
        public int Count => node.Arguments.Count;

        public XsValue Evaluate(int index) => evaluator.Evaluate(node.Arguments[index]);

        public XsValue EvaluateFor(int index, XsValue item, long position, XsValue parent, XsValue accumulator)
        {
            var outer = evaluator._lambda;
            evaluator._lambda = new LambdaScope(item, position, parent, accumulator, outer);
            try
            {
                return evaluator.Evaluate(node.Arguments[index]);
            }
            finally
            {
                evaluator._lambda = outer;
            }
        }
    }
}
