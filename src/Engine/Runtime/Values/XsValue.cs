using System.Diagnostics;

namespace Platform.Engine.Runtime.Values;

/// <summary>
/// A XanoScript value: null, bool, int (64-bit), decimal (double), text, timestamp (epoch ms), array or object.
/// A small immutable struct: numbers and booleans never allocate; arrays and objects are immutable and shared.
/// Equality here is strict and structural (the <c>===</c> of the language); loose <c>==</c> is <see cref="ValueComparer"/>.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct XsValue : IEquatable<XsValue>
{
    private readonly long _bits;
    private readonly object? _reference;

    private XsValue(ValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _reference = reference;
    }

    public static readonly XsValue Null;
    public static readonly XsValue True = new(ValueKind.Bool, 1, null);
    public static readonly XsValue False = new(ValueKind.Bool, 0, null);
    public static readonly XsValue EmptyText = new(ValueKind.Text, 0, "");

    public ValueKind Kind { get; }

    public bool IsNull => Kind == ValueKind.Null;

    /// <summary>Int, decimal or timestamp.</summary>
    public bool IsNumber => Kind is ValueKind.Int or ValueKind.Decimal or ValueKind.Timestamp;

    /// <summary>Int or timestamp: a whole number.</summary>
    public bool IsInteger => Kind is ValueKind.Int or ValueKind.Timestamp;

    public static XsValue Bool(bool value) => value ? True : False;

    public static XsValue Int(long value) => new(ValueKind.Int, value, null);

    public static XsValue Decimal(double value) => new(ValueKind.Decimal, BitConverter.DoubleToInt64Bits(value), null);

    public static XsValue Text(string? value) => value is null ? Null : new(ValueKind.Text, 0, value);

    public static XsValue Timestamp(long epochMilliseconds) => new(ValueKind.Timestamp, epochMilliseconds, null);

    public static XsValue Array(XsArray array) => new(ValueKind.Array, 0, array);

    public static XsValue Object(XsObject obj) => new(ValueKind.Object, 0, obj);

    public static XsValue Array(params XsValue[] items) => Array(XsArray.Create(items));

    public bool AsBool => _bits != 0;

    /// <summary>The whole number of an int or timestamp.</summary>
    public long AsInt => _bits;

    public double AsDecimal => BitConverter.Int64BitsToDouble(_bits);

    public string AsText => (string)_reference!;

    public XsArray AsArray => (XsArray)_reference!;

    public XsObject AsObject => (XsObject)_reference!;

    /// <summary>Any number as a double.</summary>
    public double ToDouble() => Kind == ValueKind.Decimal ? AsDecimal : _bits;

    /// <summary>A rough count of the bytes the value holds, for the run's memory budget.</summary>
    public long ApproximateSize => Kind switch
    {
        ValueKind.Text => 24 + AsText.Length * 2L,
        ValueKind.Array => AsArray.ApproximateSize,
        ValueKind.Object => AsObject.ApproximateSize,
        _ => 8,
    };

    public bool Equals(XsValue other) => ValueComparer.StrictEquals(this, other);

    public override bool Equals(object? obj) => obj is XsValue other && Equals(other);

    public override int GetHashCode() => ValueComparer.StrictHashCode(this);

    public static bool operator ==(XsValue left, XsValue right) => left.Equals(right);

    public static bool operator !=(XsValue left, XsValue right) => !left.Equals(right);

    public override string ToString() => ValueDisplay.Format(this);
}
