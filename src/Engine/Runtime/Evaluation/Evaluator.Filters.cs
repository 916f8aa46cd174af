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

        public XsValue EvaluateFor(int index, XsValue item, long position, XsValue parent, XsValue accumulator) =>
            evaluator.EvaluateFor(node.Arguments[index], item, position, parent, accumulator);
    }

    /// <summary>
    /// Evaluates an expression for one element, with <c>$$</c>/<c>$this</c>, <c>$index</c>, <c>$parent</c> and
    /// <c>$result</c> bound: a higher-order filter's argument, or an array statement's condition or <c>by</c>.
    /// </summary>
    public XsValue EvaluateFor(ExpressionNode expression, XsValue item, long position, XsValue parent, XsValue accumulator)
    {
        var outer = _lambda;
        _lambda = new LambdaScope(item, position, parent, accumulator, outer);
        try
        {
            return Evaluate(expression);
        }
        finally
        {
            _lambda = outer;
        }
    }
}
