using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Tests.Records;

/// <summary>
/// The fields a golden case's tables need, inferred from their records (the seed and what the in-memory run left):
/// each field in the order records first show it, typed by its non-null values (int and decimal mixed is decimal;
/// other mixes, lists, objects and all-null fields are json).
/// </summary>
internal static class GoldenSchema
{
    public static Dictionary<string, List<TableField>> Infer(IEnumerable<(string Table, IEnumerable<XsObject> Records)> tables)
    {
        var types = new Dictionary<string, (List<string> Order, Dictionary<string, FieldType?> Types)>(StringComparer.Ordinal);
        foreach (var (table, records) in tables)
        {
            if (!types.TryGetValue(table, out var fields))
                types[table] = fields = ([], new Dictionary<string, FieldType?>(StringComparer.Ordinal));
            foreach (var record in records)
            {
                foreach (var (name, value) in record)
                {
                    if (name is "id" or "created_at")
                        continue;
                    if (!fields.Types.TryGetValue(name, out var known))
                        fields.Order.Add(name);
                    fields.Types[name] = Merge(known, value);
                }
            }
        }
        return types.ToDictionary(
            t => t.Key,
            t => t.Value.Order.Select(name => new TableField { Name = name, Type = t.Value.Types[name] ?? FieldType.Json }).ToList(),
            StringComparer.Ordinal);
    }

    private static FieldType? Merge(FieldType? known, XsValue value)
    {
        if (value.IsNull)
            return known;
        var type = value.Kind switch
        {
            ValueKind.Int => FieldType.Int,
            ValueKind.Decimal => FieldType.Decimal,
            ValueKind.Timestamp => FieldType.Timestamp,
            ValueKind.Text => FieldType.Text,
            ValueKind.Bool => FieldType.Bool,
            _ => FieldType.Json,
        };
        return known switch
        {
            null => type,
            _ when known == type => type,
            FieldType.Int or FieldType.Decimal when type is FieldType.Int or FieldType.Decimal => FieldType.Decimal,
            _ => FieldType.Json,
        };
    }
}
