using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Paths into values, as filters take them (reference §8.6): <c>"a.b.0"</c> is three keys; on a list a key is an
/// index (negative counts from the end). A number is one key; a list is its keys; "" or null is the value itself.
/// </summary>
internal static class ValuePaths
{
    public static IReadOnlyList<XsValue> Segments(XsValue path) => path.Kind switch
    {
        ValueKind.Null => [],
        ValueKind.Text when path.AsText.Length == 0 => [],
        ValueKind.Text => [.. path.AsText.Split('.').Select(XsValue.Text)],
        ValueKind.Array => [.. path.AsArray],
        _ => [path],
    };

    /// <summary>The value at the path, or false when a key along it is missing.</summary>
    public static bool TryGet(XsValue value, IReadOnlyList<XsValue> path, out XsValue found)
    {
        found = value;
        foreach (var key in path)
        {
            if (!TryStep(found, key, out found))
                return false;
        }
        return true;
    }

    /// <summary>The value at the path; null when it is missing.</summary>
    public static XsValue Get(XsValue value, IReadOnlyList<XsValue> path) => TryGet(value, path, out var found) ? found : XsValue.Null;

    /// <summary>The value with another stored at the path: missing keys become objects, one past a list's end appends.</summary>
    public static XsValue Set(XsValue value, IReadOnlyList<XsValue> path, XsValue stored) => Paths.SetIn(value, path, 0, stored);

    /// <summary>The value without whatever is at the path; unchanged when nothing is there.</summary>
    public static XsValue Unset(XsValue value, IReadOnlyList<XsValue> path, int depth = 0)
    {
        if (depth == path.Count)
            return value;
        var key = path[depth];
        var last = depth == path.Count - 1;
        switch (value.Kind)
        {
            case ValueKind.Object:
                var obj = value.AsObject;
                var name = ValueConversions.ToText(key);
                if (!obj.TryGet(name, out var child))
                    return value;
                return XsValue.Object(last ? obj.Remove(name) : obj.Set(name, Unset(child, path, depth + 1)));
            case ValueKind.Array when IndexIn(value.AsArray, key) is { } index:
                var array = value.AsArray;
                return XsValue.Array(last ? array.RemoveAt(index) : array.SetItem(index, Unset(array[index], path, depth + 1)));
            default:
                return value;
        }
    }

    private static bool TryStep(XsValue container, XsValue key, out XsValue found)
    {
        found = XsValue.Null;
        switch (container.Kind)
        {
            case ValueKind.Object:
                return container.AsObject.TryGet(ValueConversions.ToText(key), out found);
            case ValueKind.Array when IndexIn(container.AsArray, key) is { } index:
                found = container.AsArray[index];
                return true;
            default:
                return false;
        }
    }

    private static int? IndexIn(XsArray array, XsValue key)
    {
        if (!ValueConversions.TryToNumber(key, out var number) || !number.IsInteger || key.Kind is ValueKind.Null or ValueKind.Bool)
            return null;
        var index = number.AsInt < 0 ? number.AsInt + array.Count : number.AsInt;
        return index >= 0 && index < array.Count ? (int)index : null;
    }
}
