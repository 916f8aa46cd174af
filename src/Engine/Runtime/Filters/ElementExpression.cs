using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// A value computed for one element of a list: a higher-order filter's expression, an array statement's condition or
/// <c>by</c>, or a plain path into the element. The caller enforces the loop limit.
/// </summary>
internal delegate XsValue ElementExpression(XsValue item, long index, XsValue parent, XsValue accumulator);

internal static class ElementExpressions
{
    /// <summary>The filter's expression argument, evaluated per element with <c>$$</c> bound (and counted against the loop limit).</summary>
    public static ElementExpression Argument(FilterCall call, int index) =>
        (item, position, parent, accumulator) => call.Apply(index, item, position, parent, accumulator);

    /// <summary>The value at a path inside each element; the element itself for an empty path.</summary>
    public static ElementExpression AtPath(IReadOnlyList<XsValue> path) =>
        path.Count == 0 ? (item, _, _, _) => item : (item, _, _, _) => ValuePaths.Get(item, path);
}
