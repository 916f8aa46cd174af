using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>object.keys, object.values, object.entries (reference §6.4): the same work as the filters of those names.</summary>
internal static class ObjectStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("object.keys", call => Read(call, ObjectOperations.Keys));
        registry.Add("object.values", call => Read(call, ObjectOperations.Values));
        registry.Add("object.entries", call => Read(call, ObjectOperations.Entries));
    }

    private static ValueTask<XsValue> Read(StatementCall call, Func<XsValue, XsArray?> read)
    {
        var value = call.Attribute("value");
        var result = read(value) ?? throw call.Error($"'value' must be an object or a list, not {ValueConversions.KindName(value)}.");
        return ValueTask.FromResult(XsValue.Array(result));
    }
}
