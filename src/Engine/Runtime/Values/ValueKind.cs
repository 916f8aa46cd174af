namespace Platform.Engine.Runtime.Values;

public enum ValueKind : byte
{
    Null,
    Bool,
    Int,
    Decimal,
    Text,

    /// <summary>Epoch milliseconds; an int in arithmetic and comparisons, shown as UTC ISO text.</summary>
    Timestamp,
    Array,
    Object,
}
