using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// List operations shared by filters and array statements: set operations (compared with loose equality, on the
/// element or on a key computed from it), grouping and merging.
/// </summary>
internal static class ArrayOperations
{
    /// <summary>The elements without repeats (same key), keeping the first of each.</summary>
    public static XsArray Unique(XsArray items, ElementExpression key)
    {
        var seen = new LooseSet();
        var builder = new XsArray.Builder();
        var keys = KeysOf(items, key);
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.Contains(keys[i]))
                continue;
            seen.Add(keys[i]);
            builder.Add(items[i]);
        }
        return builder.ToArray();
    }

    /// <summary>The elements of either list, without repeats.</summary>
    public static XsArray Union(XsArray left, XsArray right, ElementExpression key) => Unique(left.AddRange(right), key);

    /// <summary>The elements of the left list whose key is not among the right list's keys.</summary>
    public static XsArray Difference(XsArray left, XsArray right, ElementExpression key) => Keep(left, right, key, present: false);

    /// <summary>The elements of the left list whose key is among the right list's keys.</summary>
    public static XsArray Intersection(XsArray left, XsArray right, ElementExpression key) => Keep(left, right, key, present: true);

    /// <summary>An object whose keys are the elements' keys (as text), each holding the elements with that key, in order.</summary>
    public static XsObject GroupBy(XsArray items, ElementExpression key)
    {
        var groups = new Dictionary<string, XsArray.Builder>(StringComparer.Ordinal);
        var order = new List<string>();
        var keys = KeysOf(items, key);
        for (var i = 0; i < items.Count; i++)
        {
            var name = ValueConversions.ToText(keys[i]);
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = new XsArray.Builder();
                order.Add(name);
            }
            group.Add(items[i]);
        }
        var result = new XsObject.Builder();
        foreach (var name in order)
            result.Set(name, XsValue.Array(groups[name].ToArray()));
        return result.ToObject();
    }

    /// <summary>
    /// PHP's array_merge: two lists concatenate; objects take both sets of keys, the right's value winning; a list
    /// merged with an object numbers the list's elements as keys "0", "1"… Both sides must be lists or objects.
    /// </summary>
    public static XsValue Merge(XsValue left, XsValue right)
    {
        if (left.Kind == ValueKind.Array && right.Kind == ValueKind.Array)
            return XsValue.Array(left.AsArray.AddRange(right.AsArray));
        var builder = new XsObject.Builder();
        var next = 0L;
        foreach (var side in new[] { left, right })
        {
            foreach (var (key, value) in Entries(side))
                builder.Set(key ?? (next++).ToString(System.Globalization.CultureInfo.InvariantCulture), value);
        }
        return XsValue.Object(builder.ToObject());
    }

    /// <summary>
    /// PHP's array_merge_recursive: lists concatenate; a key on both sides whose values are both lists or objects
    /// merges them recursively, otherwise the two values are collected into a list.
    /// </summary>
    public static XsValue MergeRecursive(XsValue left, XsValue right)
    {
        if (left.Kind != ValueKind.Object || right.Kind != ValueKind.Object)
            return Merge(left, right);
        var merged = left.AsObject;
        foreach (var (key, value) in right.AsObject)
        {
            merged = merged.Set(key, merged.TryGet(key, out var existing) ? Combine(existing, value) : value);
        }
        return XsValue.Object(merged);
    }

    public static bool IsCollection(XsValue value) => value.Kind is ValueKind.Array or ValueKind.Object;

    private static XsValue Combine(XsValue existing, XsValue value) =>
        IsCollection(existing) && IsCollection(value)
            ? MergeRecursive(existing, value)
            : XsValue.Array(AsList(existing).AddRange(AsList(value)));

    private static XsArray AsList(XsValue value) => value.Kind == ValueKind.Array ? value.AsArray : XsArray.Create([value]);

    // A list's elements have no key (they are numbered in order); an object's entries keep theirs.
    private static IEnumerable<(string? Key, XsValue Value)> Entries(XsValue side) => side.Kind == ValueKind.Array
        ? side.AsArray.Select(item => ((string?)null, item))
        : side.AsObject.Select(entry => ((string?)entry.Key, entry.Value));

    private static XsArray Keep(XsArray left, XsArray right, ElementExpression key, bool present)
    {
        var rightKeys = new LooseSet(KeysOf(right, key));
        var leftKeys = KeysOf(left, key);
        var builder = new XsArray.Builder();
        for (var i = 0; i < left.Count; i++)
        {
            if (rightKeys.Contains(leftKeys[i]) == present)
                builder.Add(left[i]);
        }
        return builder.ToArray();
    }

    private static XsValue[] KeysOf(XsArray items, ElementExpression key)
    {
        var parent = XsValue.Array(items);
        var keys = new XsValue[items.Count];
        for (var i = 0; i < items.Count; i++)
            keys[i] = key(items[i], i, parent, XsValue.Null);
        return keys;
    }
}
