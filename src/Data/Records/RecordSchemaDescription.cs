using Platform.Data.Tables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

/// <summary>db.schema: a table's fields as <c>{name, type}</c> objects (id and created_at first), or one field by name.</summary>
internal static class RecordSchemaDescription
{
    public static XsValue Describe(TableSchema table, string? path)
    {
        var fields = Fields(table).ToList();
        if (string.IsNullOrEmpty(path))
            return XsValue.Array(XsArray.Create(fields.Select(XsValue.Object)));
        return fields.FirstOrDefault(f => f.Get("name").AsText == path) is { } field
            ? XsValue.Object(field)
            : throw ScriptErrorException.Fatal($"The table '{table.Name}' has no field '{path}'; its fields are {RecordDocuments.FieldList(table)}.");
    }

    private static IEnumerable<XsObject> Fields(TableSchema table)
    {
        yield return Field(TableSchema.IdField, "int");
        yield return Field(TableSchema.CreatedAtField, "timestamp");
        foreach (var field in table.Fields)
            yield return Field(field.Name, TypeName(field));
    }

    public static string TypeName(TableField field) => field.Type.ToString().ToLowerInvariant() + (field.IsList ? "[]" : "");

    private static XsObject Field(string name, string type) =>
        XsObject.Create([new("name", XsValue.Text(name)), new("type", XsValue.Text(type))]);
}
