using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Keys, values and entries of an object (or of a list, whose keys are its indexes), shared by the filters and the
/// object.* statements. Null gives an empty list; anything else is not a collection and gives null, for the caller
/// to report in its own name.
/// </summary>
internal static class ObjectOperations
{
    public static XsArray? Keys(XsValue value) => Collect(value, (key, _) => key);

    public static XsArray? Values(XsValue value) => Collect(value, (_, item) => item);

    /// <summary>[{key, value}, …] in order.</summary>
    public static XsArray? Entries(XsValue value) => Collect(value, (key, item) =>
    {
        var entry = new XsObject.Builder();
        entry.Set("key", key);
        entry.Set("value", item);
        return XsValue.Object(entry.ToObject());
    });

    private static XsArray? Collect(XsValue value, Func<XsValue, XsValue, XsValue> select)
    {
        var builder = new XsArray.Builder();
        switch (value.Kind)
        {
            case ValueKind.Null:
                break;
            case ValueKind.Object:
                foreach (var (key, item) in value.AsObject)
                    builder.Add(select(XsValue.Text(key), item));
                break;
            case ValueKind.Array:
                for (var i = 0; i < value.AsArray.Count; i++)
                    builder.Add(select(XsValue.Int(i), value.AsArray[i]));
                break;
            default:
                return null;
        }
        return builder.ToArray();
    }
}
