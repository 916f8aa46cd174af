using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;

namespace Platform.Data.Tables;

/// <summary>The checks a field's type details and default must pass, each refusal naming the table and the field.</summary>
internal static class FieldRules
{
    public const int MaxEnumValues = 1000;

    /// <summary>The JSON string a timestamp default may be: the time the record is added.</summary>
    public const string NowDefault = "\"now\"";

    public static string Of(WorkspaceTable table, string field) => $"field '{field}' of table '{table.Name}'";

    public static string Subject(WorkspaceTable table, string field) => "The " + Of(table, field);

    /// <summary>An enum's values trimmed, non-empty and distinct; other types have none.</summary>
    public static Result<List<string>> CheckEnumValues(WorkspaceTable table, string field, FieldType type, IReadOnlyList<string>? values)
    {
        if (type != FieldType.Enum)
            return new List<string>();
        var trimmed = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (trimmed.Count == 0)
            return Problem.Invalid($"{Subject(table, field)} is an enum and needs at least one value.", "enumValues");
        if (trimmed.Count > MaxEnumValues)
            return Problem.Invalid($"{Subject(table, field)} has {trimmed.Count:N0} enum values (at most {MaxEnumValues:N0}).", "enumValues");
        if (trimmed.Any(v => v.Length == 0))
            return Problem.Invalid($"{Subject(table, field)} has an empty enum value.", "enumValues");
        var twice = trimmed.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return Problem.Invalid($"{Subject(table, field)} lists the enum value '{twice.Key}' twice.", "enumValues");
        return trimmed;
    }

    /// <summary>A reference must name a table of the same workspace (the table itself is allowed); other types name none.</summary>
    public static async Task<Result<int?>> CheckReferenceAsync(
        PlatformDbContext db, WorkspaceTable table, string field, FieldType type, int? referenceTableId, CancellationToken ct)
    {
        if (type != FieldType.Reference)
            return (int?)null;
        if (referenceTableId is not { } id)
            return Problem.Invalid($"{Subject(table, field)} is a reference and needs the table it refers to.", "referenceTableId");
        var exists = id == table.Id || await db.Tables.AnyAsync(t => t.Id == id && t.WorkspaceId == table.WorkspaceId, ct);
        if (!exists)
            return Problem.Invalid($"{Subject(table, field)} refers to a table that does not exist in this workspace.", "referenceTableId");
        return (int?)id;
    }

    /// <summary>The default as stored (compact JSON, or null for none) when it is a value of the field's shape.</summary>
    public static Result<string?> CheckDefault(WorkspaceTable table, string field, FieldShape shape, string? defaultJson)
    {
        if (string.IsNullOrWhiteSpace(defaultJson))
            return (string?)null;
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(defaultJson);
        }
        catch (JsonException exception)
        {
            return Problem.Invalid($"The default of {Of(table, field)} is not valid JSON: {exception.Message}", "defaultJson");
        }
        using (parsed)
        {
            var value = parsed.RootElement;
            if (value.ValueKind == JsonValueKind.Null)
                return (string?)null;
            var compact = JsonSerializer.Serialize(value);
            if (shape is { Type: FieldType.Timestamp, IsList: false } && compact == NowDefault)
                return compact;
            if (!FieldConversion.Fits(value, shape))
                return Problem.Invalid(
                    $"The default of {Of(table, field)} must be a value of type {shape.TypeName}{EnumHint(shape)}; found {Describe(value)}.",
                    "defaultJson");
            return compact;
        }
    }

    /// <summary>A value for a message: its JSON, shortened.</summary>
    public static string Describe(JsonElement value)
    {
        var json = value.GetRawText();
        return json.Length <= 60 ? json : json[..57] + "...";
    }

    private static string EnumHint(FieldShape shape) =>
        shape.Type == FieldType.Enum ? $" (one of {string.Join(", ", shape.EnumValues.Take(10).Select(v => $"'{v}'"))})" : "";
}
