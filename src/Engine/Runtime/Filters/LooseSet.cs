using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// A set of values under loose equality (<see cref="ValueComparer.LooseEquals"/>), so unique, diff and the array
/// set statements stay linear on large lists. Numbers and text are hashed by what loose equality compares (the
/// number for numbers and numeric text, the text otherwise), which agrees with it exactly for those kinds; null,
/// booleans, lists and objects equal values of other kinds, so they are compared one by one.
/// </summary>
internal sealed class LooseSet
{
    private readonly HashSet<(double Number, string? Text)> _scalars = [];
    private readonly List<XsValue> _scalarValues = [];
    private readonly List<XsValue> _others = [];

    public LooseSet(IEnumerable<XsValue> values)
    {
        foreach (var value in values)
            Add(value);
    }

    public LooseSet()
    {
    }

    public void Add(XsValue value)
    {
        if (ScalarKey(value) is { } key)
        {
            if (_scalars.Add(key))
                _scalarValues.Add(value);
        }
        else
        {
            _others.Add(value);
        }
    }

    public bool Contains(XsValue value)
    {
        if (_others.Any(other => ValueComparer.LooseEquals(other, value)))
            return true;
        return ScalarKey(value) is { } key
            ? _scalars.Contains(key)
            : _scalarValues.Any(scalar => ValueComparer.LooseEquals(scalar, value));
    }

    private static (double, string?)? ScalarKey(XsValue value)
    {
        if (value.IsNumber)
            return (Normalize(value.ToDouble()), null);
        if (value.Kind != ValueKind.Text)
            return null;
        return ValueConversions.TryParseNumber(value.AsText, out var number) ? (Normalize(number.ToDouble()), null) : (0, value.AsText);
    }

    // -0.0 and 0.0 are equal numbers and must share a key.
    private static double Normalize(double number) => number == 0 ? 0 : number;
}
