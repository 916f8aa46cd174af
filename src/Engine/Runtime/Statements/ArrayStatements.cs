using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// array.* (reference §6.4). push, unshift, merge, pop and shift change the list held in the variable they name;
/// the others read the list in parentheses and yield a value. Conditions and <c>by</c> see each element as
/// <c>$this</c>. Each shares its work with the filter it mirrors (HigherOrderOperations, ArrayOperations).
/// </summary>
internal static class ArrayStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("array.push", call => Change(call, list => list.Add(call.Attribute("value"))));
        registry.Add("array.unshift", call => Change(call, list => list.Insert(0, call.Attribute("value"))));
        registry.Add("array.merge", call => Change(call, list => Merge(list, call.Attribute("value"))));
        registry.Add("array.pop", call => Take(call, list => list.Count - 1));
        registry.Add("array.shift", call => Take(call, _ => 0));

        registry.Add("array.find", call => Yield(HigherOrderOperations.Find(Target(call), Condition(call))));
        registry.Add("array.find_index", call => Yield(XsValue.Int(HigherOrderOperations.FindIndex(Target(call), Condition(call)))));
        registry.Add("array.has", call => Yield(XsValue.Bool(HigherOrderOperations.Some(Target(call), Condition(call)))));
        registry.Add("array.every", call => Yield(XsValue.Bool(HigherOrderOperations.Every(Target(call), Condition(call)))));
        registry.Add("array.filter", call => Yield(XsValue.Array(HigherOrderOperations.Filter(Target(call), Condition(call)))));
        registry.Add("array.filter_count", call => Yield(XsValue.Int(HigherOrderOperations.Count(Target(call), Condition(call)))));
        registry.Add("array.partition", Partition);

        registry.Add("array.map", call => Yield(XsValue.Array(HigherOrderOperations.Map(Target(call), By(call)))));
        registry.Add("array.group_by", call => Yield(XsValue.Object(ArrayOperations.GroupBy(Target(call), By(call)))));
        registry.Add("array.union", call => Yield(XsValue.Array(ArrayOperations.Union(Target(call), Other(call), Key(call)))));
        registry.Add("array.difference", call => Yield(XsValue.Array(ArrayOperations.Difference(Target(call), Other(call), Key(call)))));
        registry.Add("array.intersection", call => Yield(XsValue.Array(ArrayOperations.Intersection(Target(call), Other(call), Key(call)))));
    }

    private static ValueTask<XsValue> Yield(XsValue value) => ValueTask.FromResult(value);

    // push, unshift, merge: the variable's list changed and stored back; null starts an empty list.
    private static ValueTask<XsValue> Change(StatementCall call, Func<XsArray, XsArray> change)
    {
        call.AssignTarget(XsValue.Array(change(Target(call))));
        return Yield(XsValue.Null);
    }

    // A list's elements are appended; any other value is appended as one element.
    private static XsArray Merge(XsArray list, XsValue value) => value.Kind switch
    {
        ValueKind.Array => ArrayOperations.Merge(XsValue.Array(list), value).AsArray,
        ValueKind.Null => list,
        _ => list.Add(value),
    };

    /// <summary>pop and shift: the element removed from the variable's list (null, and no change, when it is empty).</summary>
    private static ValueTask<XsValue> Take(StatementCall call, Func<XsArray, int> position)
    {
        var list = Target(call);
        if (list.Count == 0)
            return Yield(XsValue.Null);
        var index = position(list);
        call.AssignTarget(XsValue.Array(list.RemoveAt(index)));
        return Yield(list[index]);
    }

    private static ValueTask<XsValue> Partition(StatementCall call)
    {
        var (matching, others) = HigherOrderOperations.Partition(Target(call), Condition(call));
        var result = new XsObject.Builder();
        result.Set("true", XsValue.Array(matching));
        result.Set("false", XsValue.Array(others));
        return Yield(XsValue.Object(result.ToObject()));
    }

    /// <summary>The list the statement works on: in parentheses, or held in the variable it names. Null is an empty list.</summary>
    private static XsArray Target(StatementCall call) =>
        ListOf(call, call.Target(), call.Schema.Target == StatementTarget.Variable ? "the variable's value" : "the value in parentheses");

    private static XsArray Other(StatementCall call) => ListOf(call, call.Attribute("value"), "'value'");

    private static XsArray ListOf(StatementCall call, XsValue value, string what) => value.Kind switch
    {
        ValueKind.Array => value.AsArray,
        ValueKind.Null => XsArray.Empty,
        _ => throw call.Error($"{what} must be a list, not {ValueConversions.KindName(value)}."),
    };

    private static ElementExpression Condition(StatementCall call) =>
        PerElement(call, call.Node.Condition ?? throw call.Error("it needs a condition: if (...)."));

    private static ElementExpression By(StatementCall call) =>
        PerElement(call, call.Expression("by") ?? throw call.Error("it needs 'by'."));

    // union, difference, intersection compare whole elements unless 'by' gives a key.
    private static ElementExpression Key(StatementCall call) =>
        call.Expression("by") is { } by ? PerElement(call, by) : ElementExpressions.AtPath([]);

    /// <summary>An expression evaluated per element with $this bound, counted against the run's loop limit.</summary>
    private static ElementExpression PerElement(StatementCall call, ExpressionNode expression)
    {
        var evaluator = call.Evaluator;
        var iterations = 0L;
        return (item, index, parent, accumulator) =>
        {
            if (++iterations > evaluator.LoopLimit)
                throw new LoopLimitExceededException(evaluator.LoopLimit, call.Node.KeywordSpan);
            evaluator.CountIteration();
            return evaluator.EvaluateFor(expression, item, index, parent, accumulator);
        };
    }
}
