using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Object filters (reference §8.6). Paths may be dotted ("a.b.0"); on lists a key is an index. All return new values;
/// a null input counts as an empty object.
/// </summary>
internal static class ObjectFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("get", Get);
        registry.Add("set", call => Set(call, store: true));
        registry.Add("set_conditional", call => Set(call, ValueConversions.IsTruthy(call.Argument(2))));
        registry.Add("set_ifnotempty", call => Set(call, ValueConversions.IsTruthy(call.Argument(1))));
        registry.Add("set_ifnotnull", call => Set(call, !call.Argument(1).IsNull));
        registry.Add("unset", call => ValuePaths.Unset(call.CollectionInput(), call.PathArgument(0)));
        registry.Add("has", call => XsValue.Bool(ValuePaths.TryGet(call.Input, call.PathArgument(0), out _)));
        registry.Add("keys", call => XsValue.Array(ObjectOperations.Keys(call.Input) ?? throw NotCollection(call)));
        registry.Add("values", call => XsValue.Array(ObjectOperations.Values(call.Input) ?? throw NotCollection(call)));
        registry.Add("entries", call => XsValue.Array(ObjectOperations.Entries(call.Input) ?? throw NotCollection(call)));
        registry.Add("create_object", CreateObject);
        registry.Add("create_object_from_entries", CreateObjectFromEntries);
        registry.Add("first_notnull", call => call.Input.IsNull ? call.Argument(0) : call.Input);
        registry.Add("first_notempty", call => ValueConversions.IsTruthy(call.Input) ? call.Input : call.Argument(0));
        registry.Add("pick", call => Pick(call, keep: true));
        registry.Add("unpick", call => Pick(call, keep: false));
    }

    /// <summary>The value at the path; the default when nothing, or null, is there.</summary>
    private static XsValue Get(FilterCall call) =>
        ValuePaths.TryGet(call.Input, call.PathArgument(0), out var found) && !found.IsNull ? found : call.Argument(1);

    // set and its conditional forms: the input with the value at the path, or the input unchanged.
    private static XsValue Set(FilterCall call, bool store)
    {
        var input = call.CollectionInput();
        if (!store)
            return input.IsNull ? XsValue.Object(XsObject.Empty) : input;
        var path = call.PathArgument(0);
        if (path.Count == 0)
            throw call.Error("the path must name a key.");
        return call.Store(input, path, call.Argument(1));
    }

    /// <summary>An object pairing the input keys with the argument's values, position by position.</summary>
    private static XsValue CreateObject(FilterCall call)
    {
        var (keys, values) = (call.InputArray, call.ListArgument(0));
        if (keys.Count != values.Count)
            throw call.Error($"there are {keys.Count} keys but {values.Count} values; they must pair up.");
        return XsValue.Object(XsObject.Create(keys.Select((key, i) => KeyValuePair.Create(ValueConversions.ToText(key), values[i]))));
    }

    private static XsValue CreateObjectFromEntries(FilterCall call)
    {
        var builder = new XsObject.Builder();
        foreach (var (entry, i) in call.InputArray.Select((entry, i) => (entry, i)))
        {
            if (entry.Kind != ValueKind.Object || !entry.AsObject.TryGet("key", out var key))
                throw call.Error($"every element must be a {{key, value}} object, but element {i} is {ValueConversions.KindName(entry)} without a key.");
            builder.Set(ValueConversions.ToText(key), entry.AsObject.Get("value"));
        }
        return XsValue.Object(builder.ToObject());
    }

    /// <summary>pick / unpick: the entries whose key is (or is not) among the given keys, in the input's order.</summary>
    private static XsValue Pick(FilterCall call, bool keep)
    {
        var input = call.Input.IsNull ? XsObject.Empty : call.InputObject;
        var names = call.Argument(0).Kind == ValueKind.Text ? [call.Text(0)] : call.ListArgument(0).Select(ValueConversions.ToText);
        var keys = names.ToHashSet(StringComparer.Ordinal);
        return XsValue.Object(XsObject.Create(input.Where(entry => keys.Contains(entry.Key) == keep)));
    }

    private static Execution.ScriptErrorException NotCollection(FilterCall call) =>
        call.Error($"it works on objects and lists, not {ValueConversions.KindName(call.Input)}.");
}
