namespace Platform.Data.Tables;

/// <summary>The type of a table field (reference §3.8). Stored by name, so the numbers never matter.</summary>
public enum FieldType
{
    Int,
    Decimal,
    Text,
    Email,
    Password,
    Bool,
    Timestamp,
    Date,
    Uuid,
    Json,
    Enum,
    Object,
    Reference,
}
