using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>
/// db.schema for a table without a declared schema: its fields in the order records first show them, each with the
/// type of its first non-null value.
/// </summary>
internal static class InMemorySchema
{
    public static XsValue Describe(string table, IReadOnlyList<XsObject> records, string? path)
    {
        var fields = Fields(records);
        if (string.IsNullOrEmpty(path))
            return XsValue.Array(XsArray.Create(fields.Select(f => XsValue.Object(f))));
        return fields.FirstOrDefault(f => f.Get("name").AsText == path) is { } field
            ? XsValue.Object(field)
            : throw ScriptErrorException.Fatal($"The table '{table}' has no field '{path}'.");
    }

    private static List<XsObject> Fields(IReadOnlyList<XsObject> records)
    {
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in records)
        {
            foreach (var (name, value) in record)
            {
                if (!types.TryGetValue(name, out var type))
                    order.Add(name);
                if (type is null)
                    types[name] = value.IsNull ? null : TypeOf(value);
            }
        }
        return [.. order.Select(name => XsObject.Create([new("name", XsValue.Text(name)), new("type", XsValue.Text(types[name] ?? "text"))]))];
    }

    private static string TypeOf(XsValue value) => value.Kind switch
    {
        ValueKind.Bool => "bool",
        ValueKind.Int => "int",
        ValueKind.Decimal => "decimal",
        ValueKind.Timestamp => "timestamp",
        ValueKind.Array or ValueKind.Object => "json",
        _ => "text",
    };
}
