using Platform.Data.Records.Sql;
using Platform.Data.Tables;

namespace Platform.Data.Records;

/// <summary>A workspace table as the record store uses it: its id (never taken from a script), name and fields in order.</summary>
internal sealed class TableSchema
{
    public const string IdField = "id";
    public const string CreatedAtField = "created_at";

    private readonly Dictionary<string, TableField> _byName;

    public TableSchema(WorkspaceTable table)
    {
        Id = table.Id;
        Name = table.Name;
        Fields = [.. table.Fields.OrderBy(f => f.Position).ThenBy(f => f.Id)];
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public int Id { get; }

    public string Name { get; }

    public IReadOnlyList<TableField> Fields { get; }

    public TableField? Find(string name) => _byName.GetValueOrDefault(name);

    public static bool IsBuiltIn(string name) => name is IdField or CreatedAtField;

    /// <summary>The built-in fields as fields, for reading their values back with their types.</summary>
    public static readonly TableField BuiltInId = new() { Name = IdField, Type = FieldType.Int, IsNullable = false };

    public static readonly TableField BuiltInCreatedAt = new() { Name = CreatedAtField, Type = FieldType.Timestamp, IsNullable = false };

    /// <summary>How the store reads the field in SQL: the same expression for where, sort and the field's index.</summary>
    public static SqlKind KindOf(TableField field) => field.IsList ? SqlKind.Json : field.Type switch
    {
        FieldType.Int or FieldType.Decimal or FieldType.Timestamp or FieldType.Reference => SqlKind.Number,
        FieldType.Bool => SqlKind.Bool,
        FieldType.Json or FieldType.Object => SqlKind.Json,
        _ => SqlKind.Text,
    };
}
