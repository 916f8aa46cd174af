namespace Platform.Data.Tables;

/// <summary>
/// A table as the designer shows it: its fields in order and how many records each datasource holds.
/// <see cref="ConcurrencyStamp"/> must be passed back with every change, so no one overwrites a schema they have not seen.
/// </summary>
public sealed record TableDocument(
    int Id,
    int WorkspaceId,
    string Name,
    string? Description,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<DatasourceRecordCount> RecordCounts,
    DateTime UpdatedAt,
    Guid ConcurrencyStamp)
{
    public long TotalRecords => RecordCounts.Sum(c => c.Records);

    public FieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

public sealed record DatasourceRecordCount(int DatasourceId, string Datasource, long Records);

/// <summary>One field as stored. <see cref="DefaultJson"/> is the default value as JSON, null when there is none.</summary>
public sealed record FieldDefinition(
    int Id,
    string Name,
    FieldType Type,
    bool IsList,
    bool IsNullable,
    bool IsRequired,
    string? DefaultJson,
    bool IsUnique,
    bool IsIndexed,
    IReadOnlyList<string> EnumValues,
    int? ReferenceTableId,
    string? ReferenceTableName,
    int Position,
    string? Description);

/// <summary>A new field as the designer asks for it.</summary>
public sealed record FieldSpec(
    string? Name,
    FieldType Type,
    bool IsList = false,
    bool IsNullable = true,
    bool IsRequired = false,
    string? DefaultJson = null,
    bool IsUnique = false,
    bool IsIndexed = false,
    IReadOnlyList<string>? EnumValues = null,
    int? ReferenceTableId = null,
    string? Description = null);

/// <summary>The rules of a field that can change without converting its values.</summary>
public sealed record FieldOptions(
    bool IsNullable,
    bool IsRequired,
    bool IsUnique,
    bool IsIndexed,
    string? DefaultJson,
    IReadOnlyList<string>? EnumValues = null,
    string? Description = null);

/// <summary>The type a field should have; enum needs <see cref="EnumValues"/>, reference needs <see cref="ReferenceTableId"/>.</summary>
public sealed record FieldTypeChange(
    FieldType Type,
    bool IsList = false,
    IReadOnlyList<string>? EnumValues = null,
    int? ReferenceTableId = null);

/// <summary>
/// What changing a field's type would do: of the records holding a value, how many convert and how many would lose
/// it (set to null), with a few of the values that cannot convert. A lossy change is applied only when confirmed.
/// </summary>
public sealed record TypeChangePlan(string Field, string From, string To, long Converted, long Lost, IReadOnlyList<LostValue> Examples)
{
    public bool RequiresConfirmation => Lost > 0;
}

/// <summary>A value that cannot convert: which record, in which datasource, and the value as JSON.</summary>
public sealed record LostValue(string Datasource, long RecordId, string ValueJson);

/// <summary>What dropping a field would do: how many records hold a value for it (they lose it).</summary>
public sealed record DropFieldPlan(string Field, long RecordsWithValue)
{
    public bool RequiresConfirmation => RecordsWithValue > 0;
}

/// <summary>A deleted table: its name and how many records went with it (all datasources).</summary>
public sealed record TableDeletion(int Id, string Name, long RecordsDeleted);
