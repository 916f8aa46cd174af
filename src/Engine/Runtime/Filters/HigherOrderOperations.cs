using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Walking a list with a per-element expression: shared by the higher-order filters (<c>|filter:$$ > 1</c>) and the
/// array statements (<c>array.filter ($list) if ($this > 1)</c>), so both behave alike. Conditions count when truthy.
/// </summary>
internal static class HigherOrderOperations
{
    public static XsArray Map(XsArray items, ElementExpression expression)
    {
        var builder = new XsArray.Builder();
        var parent = XsValue.Array(items);
        for (var i = 0; i < items.Count; i++)
            builder.Add(expression(items[i], i, parent, XsValue.Null));
        return builder.ToArray();
    }

    public static XsArray Filter(XsArray items, ElementExpression condition) => Partition(items, condition).Matching;

    /// <summary>The elements that match and those that do not, each in their original order.</summary>
    public static (XsArray Matching, XsArray Others) Partition(XsArray items, ElementExpression condition)
    {
        var (matching, others) = (new XsArray.Builder(), new XsArray.Builder());
        var parent = XsValue.Array(items);
        for (var i = 0; i < items.Count; i++)
            (Holds(condition, items[i], i, parent) ? matching : others).Add(items[i]);
        return (matching.ToArray(), others.ToArray());
    }

    public static long Count(XsArray items, ElementExpression condition) => Partition(items, condition).Matching.Count;

    /// <summary>The index of the first element that matches, or -1.</summary>
    public static int FindIndex(XsArray items, ElementExpression condition)
    {
        var parent = XsValue.Array(items);
        for (var i = 0; i < items.Count; i++)
        {
            if (Holds(condition, items[i], i, parent))
                return i;
        }
        return -1;
    }

    /// <summary>The first element that matches, or null.</summary>
    public static XsValue Find(XsArray items, ElementExpression condition) =>
        FindIndex(items, condition) is var index and >= 0 ? items[index] : XsValue.Null;

    public static bool Some(XsArray items, ElementExpression condition) => FindIndex(items, condition) >= 0;

    /// <summary>True when no element fails the condition (so true for an empty list).</summary>
    public static bool Every(XsArray items, ElementExpression condition)
    {
        var parent = XsValue.Array(items);
        for (var i = 0; i < items.Count; i++)
        {
            if (!Holds(condition, items[i], i, parent))
                return false;
        }
        return true;
    }

    public static XsValue Reduce(XsArray items, ElementExpression expression, XsValue initial)
    {
        var result = initial;
        var parent = XsValue.Array(items);
        for (var i = 0; i < items.Count; i++)
            result = expression(items[i], i, parent, result);
        return result;
    }

    private static bool Holds(ElementExpression condition, XsValue item, long index, XsValue parent) =>
        ValueConversions.IsTruthy(condition(item, index, parent, XsValue.Null));
}
