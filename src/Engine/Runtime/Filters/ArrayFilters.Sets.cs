using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// Comparing, combining and grouping lists. Elements compare with loose equality (PHP ==), so 1 and "1" are the same.
internal static partial class ArrayFilters
{
    private static XsValue Unique(FilterCall call) =>
        XsValue.Array(ArrayOperations.Unique(call.InputArray, ElementExpressions.AtPath(call.PathArgument(0))));

    /// <summary>The elements not equal to the value (at the optional path); strict compares types too.</summary>
    private static XsValue Remove(FilterCall call)
    {
        var (value, at) = (call.Argument(0), ElementExpressions.AtPath(call.PathArgument(1)));
        Func<XsValue, XsValue, bool> equals = ValueConversions.IsTruthy(call.Argument(2)) ? ValueComparer.StrictEquals : ValueComparer.LooseEquals;
        var items = call.InputArray;
        return XsValue.Array(XsArray.Create(items.Where((item, i) => !equals(at(item, i, call.Input, XsValue.Null), value))));
    }

    private static XsValue Merge(FilterCall call) => Combine(call, ArrayOperations.Merge);

    private static XsValue MergeRecursive(FilterCall call) => Combine(call, ArrayOperations.MergeRecursive);

    // Null on either side merges as nothing; otherwise both sides must be lists or objects.
    private static XsValue Combine(FilterCall call, Func<XsValue, XsValue, XsValue> merge)
    {
        var (input, other) = (call.CollectionInput(), call.Argument(0));
        if (!other.IsNull && !ArrayOperations.IsCollection(other))
            throw call.ArgumentError(0, "a list or an object");
        if (other.IsNull)
            return input.IsNull ? XsValue.Array(XsArray.Empty) : input;
        return input.IsNull ? other : merge(input, other);
    }

    private static XsValue Diff(FilterCall call) =>
        XsValue.Array(ArrayOperations.Difference(call.InputArray, ValuesOf(call, 0), ElementExpressions.AtPath([])));

    private static XsValue Intersect(FilterCall call) =>
        XsValue.Array(ArrayOperations.Intersection(call.InputArray, ValuesOf(call, 0), ElementExpressions.AtPath([])));

    private static XsValue DiffAssoc(FilterCall call) => KeepEntries(call, present: false);

    private static XsValue IntersectAssoc(FilterCall call) => KeepEntries(call, present: true);

    /// <summary>
    /// diff_assoc / intersect_assoc: the input's entries whose key and value both are (or are not) in the other. A
    /// list's keys are its indexes; a list input gives a list.
    /// </summary>
    private static XsValue KeepEntries(FilterCall call, bool present)
    {
        var input = call.CollectionInput();
        var other = call.Argument(0);
        if (!other.IsNull && !ArrayOperations.IsCollection(other))
            throw call.ArgumentError(0, "a list or an object");
        bool InOther(string key, XsValue value) =>
            ValuePaths.TryGet(other, [XsValue.Text(key)], out var found) && ValueComparer.LooseEquals(found, value);
        if (input.Kind == ValueKind.Object)
            return XsValue.Object(XsObject.Create(input.AsObject.Where(entry => InOther(entry.Key, entry.Value) == present)));
        var items = call.InputArray;
        return XsValue.Array(XsArray.Create(items.Where((item, i) => InOther(i.ToString(System.Globalization.CultureInfo.InvariantCulture), item) == present)));
    }

    private static XsValue IndexBy(FilterCall call) =>
        XsValue.Object(ArrayOperations.GroupBy(call.InputArray, ElementExpressions.AtPath(call.PathArgument(0))));

    // The values of a list or object argument (diff and intersect compare values only).
    private static XsArray ValuesOf(FilterCall call, int index) =>
        ObjectOperations.Values(call.Argument(index)) ?? throw call.ArgumentError(index, "a list or an object");
}
