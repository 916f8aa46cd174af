namespace Platform.Data.Tables;

/// <summary>One field of a workspace table: its name, type and rules. Records hold its value under <see cref="Name"/>.</summary>
public sealed class TableField
{
    public int Id { get; set; }

    public int TableId { get; set; }

    public required string Name { get; set; }

    public FieldType Type { get; set; }

    /// <summary>A list of values of the type (<c>text[] tags</c>) rather than one.</summary>
    public bool IsList { get; set; }

    /// <summary>Null is a value the field may hold.</summary>
    public bool IsNullable { get; set; } = true;

    /// <summary>A record cannot be added without it.</summary>
    public bool IsRequired { get; set; }

    /// <summary>The value a new record gets when none is given, as JSON; null when there is none.</summary>
    public string? DefaultJson { get; set; }

    public bool IsUnique { get; set; }

    /// <summary>The database keeps an index on the field, for fast where and sort.</summary>
    public bool IsIndexed { get; set; }

    /// <summary>The allowed values of an enum field.</summary>
    public List<string> EnumValues { get; set; } = [];

    /// <summary>The table a reference field points to (it holds that table's record id).</summary>
    public int? ReferenceTableId { get; set; }

    /// <summary>Where the field is shown among the table's fields.</summary>
    public int Position { get; set; }

    public string? Description { get; set; }
}
