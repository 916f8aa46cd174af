using System.Buffers;
using System.Text;
using System.Text.Json;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records;

/// <summary>
/// Records to and from the stored form: <c>id</c> and <c>created_at</c> are columns, the other fields one JSON
/// document holding only non-null values (a missing key reads as null, so SQL sees NULL for both).
/// </summary>
internal sealed class RecordDocuments(TableSchema table, FieldCoercion coercion)
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new record's fields: given values coerced, defaults for the rest, required fields checked.</summary>
    public (XsObject Fields, long? CreatedAt) ForAdd(XsObject data)
    {
        var createdAt = CreatedAt(data);
        var builder = new XsObject.Builder();
        CheckNames(data);
        foreach (var field in table.Fields)
        {
            var given = data.TryGet(field.Name, out var value);
            if (field.IsRequired && (!given || value.IsNull))
                throw ScriptErrorException.Fatal($"The field '{field.Name}' of table '{table.Name}' is required; the record has {(given ? "null" : "no value")} for it.");
            if (!given && field.DefaultJson is { } json)
                value = JsonValues.Parse(json);
            builder.Set(field.Name, coercion.ForWrite(field, given || field.DefaultJson is not null ? value : XsValue.Null));
        }
        return (builder.ToObject(), createdAt);
    }

    /// <summary>An existing record's fields with the data's fields changed (the others stay).</summary>
    public (XsObject Fields, long? CreatedAt) ForEdit(XsObject existing, XsObject data)
    {
        CheckNames(data);
        var builder = new XsObject.Builder();
        foreach (var field in table.Fields)
        {
            var value = data.TryGet(field.Name, out var given) ? coercion.ForWrite(field, given) : existing.Get(field.Name);
            if (field.IsRequired && value.IsNull)
                throw ScriptErrorException.Fatal($"The field '{field.Name}' of table '{table.Name}' is required; the change sets it to null.");
            builder.Set(field.Name, value);
        }
        return (builder.ToObject(), CreatedAt(data));
    }

    private long? CreatedAt(XsObject data) =>
        data.TryGet(TableSchema.CreatedAtField, out var value) && !value.IsNull
            ? coercion.ForWrite(CreatedAtField, value).AsInt
            : null;

    private static readonly Tables.TableField CreatedAtField = new() { Name = TableSchema.CreatedAtField, Type = Tables.FieldType.Timestamp, IsNullable = false };

    private void CheckNames(XsObject data)
    {
        foreach (var name in data.Keys)
        {
            if (!TableSchema.IsBuiltIn(name) && table.Find(name) is null)
                throw ScriptErrorException.Fatal($"The table '{table.Name}' has no field '{name}'; its fields are {FieldList(table)}.");
        }
    }

    public static string FieldList(TableSchema table) =>
        string.Join(", ", new[] { TableSchema.IdField, TableSchema.CreatedAtField }.Concat(table.Fields.Select(f => f.Name)));

    /// <summary>The JSON document of a record's fields: non-null values only, timestamps as epoch milliseconds.</summary>
    public static string ToDocument(XsObject fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                if (value.IsNull)
                    continue;
                writer.WritePropertyName(name);
                JsonValues.Write(writer, value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A record as scripts see it: id, created_at, then every field in the table's order.</summary>
    public static XsObject Record(TableSchema table, long id, long createdAt, XsObject fields)
    {
        var builder = new XsObject.Builder();
        builder.Set(TableSchema.IdField, XsValue.Int(id));
        builder.Set(TableSchema.CreatedAtField, XsValue.Timestamp(createdAt));
        foreach (var (name, value) in fields)
            builder.Set(name, value);
        return builder.ToObject();
    }

    /// <summary>A stored row as a record; with <paramref name="only"/>, the document holds only those fields.</summary>
    public static XsObject Read(TableSchema table, long id, long createdAt, string document, IReadOnlyList<string>? only = null)
    {
        using var json = JsonDocument.Parse(document);
        var builder = new XsObject.Builder();
        builder.Set(TableSchema.IdField, XsValue.Int(id));
        builder.Set(TableSchema.CreatedAtField, XsValue.Timestamp(createdAt));
        foreach (var field in table.Fields)
        {
            if (only is not null && !only.Contains(field.Name))
                continue;
            builder.Set(field.Name, json.RootElement.TryGetProperty(field.Name, out var element) ? FieldCoercion.FromJson(field, element) : XsValue.Null);
        }
        return builder.ToObject();
    }
}
