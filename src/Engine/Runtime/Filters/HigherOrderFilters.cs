using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Higher-order filters (reference §8.5): the expression argument is evaluated per element with <c>$$</c> (or
/// <c>$this</c>), <c>$index</c>, <c>$parent</c> and, for reduce, <c>$result</c> bound; each evaluation counts
/// against the loop limit. The lambda_* filters need a JavaScript engine and are not registered.
/// </summary>
internal static class HigherOrderFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("map", call => XsValue.Array(HigherOrderOperations.Map(call.InputArray, Expression(call))));
        registry.Add("filter", call => XsValue.Array(HigherOrderOperations.Filter(call.InputArray, Expression(call))));
        registry.Add("some", call => XsValue.Bool(HigherOrderOperations.Some(call.InputArray, Expression(call))));
        registry.Add("every", call => XsValue.Bool(HigherOrderOperations.Every(call.InputArray, Expression(call))));
        registry.Add("find", call => HigherOrderOperations.Find(call.InputArray, Expression(call)));
        registry.Add("findIndex", call => XsValue.Int(HigherOrderOperations.FindIndex(call.InputArray, Expression(call))));
        registry.Add("reduce", Reduce);
        registry.Add("transform", call => call.Apply(0, call.Input, 0, XsValue.Null));
    }

    private static ElementExpression Expression(FilterCall call) => ElementExpressions.Argument(call, 0);

    private static XsValue Reduce(FilterCall call) =>
        HigherOrderOperations.Reduce(call.InputArray, Expression(call), call.ArgumentOr(1, XsValue.Int(0)));
}
