using System.Collections;
using System.Collections.Immutable;

namespace Platform.Engine.Runtime.Values;

/// <summary>
/// An immutable list of values. Built on a persistent tree, so appending in a loop costs O(log n) and the
/// previous version stays valid for every other variable that holds it (values behave as copies, as in PHP).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named after XanoScript's array type.")]
public sealed class XsArray : IReadOnlyList<XsValue>
{
    public static readonly XsArray Empty = new(ImmutableList<XsValue>.Empty, 16);

    private readonly ImmutableList<XsValue> _items;

    private XsArray(ImmutableList<XsValue> items, long size)
    {
        _items = items;
        ApproximateSize = size;
    }

    public int Count => _items.Count;

    public long ApproximateSize { get; }

    public XsValue this[int index] => _items[index];

    /// <summary>The element at an index, counting from the end when negative; null when out of range.</summary>
    public XsValue At(long index)
    {
        if (index < 0)
            index += Count;
        return index >= 0 && index < Count ? _items[(int)index] : XsValue.Null;
    }

    public static XsArray Create(IEnumerable<XsValue> items)
    {
        var list = ImmutableList.CreateRange(items);
        return new XsArray(list, 16 + list.Sum(SizeOf));
    }

    public XsArray Add(XsValue value) => new(_items.Add(value), ApproximateSize + SizeOf(value));

    public XsArray Insert(int index, XsValue value) => new(_items.Insert(index, value), ApproximateSize + SizeOf(value));

    public XsArray SetItem(int index, XsValue value) => new(_items.SetItem(index, value), ApproximateSize - SizeOf(_items[index]) + SizeOf(value));

    public XsArray RemoveAt(int index) => new(_items.RemoveAt(index), ApproximateSize - SizeOf(_items[index]));

    public XsArray AddRange(XsArray other) => new(_items.AddRange(other._items), ApproximateSize + other.ApproximateSize - 16);

    public ImmutableList<XsValue>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<XsValue> IEnumerable<XsValue>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    private static long SizeOf(XsValue value) => value.ApproximateSize + 16;

    /// <summary>Collects values and makes one array at the end, for filters that build results.</summary>
    public sealed class Builder
    {
        private readonly ImmutableList<XsValue>.Builder _items = ImmutableList.CreateBuilder<XsValue>();
        private long _size = 16;

        public int Count => _items.Count;

        public void Add(XsValue value)
        {
            _items.Add(value);
            _size += SizeOf(value);
        }

        public XsArray ToArray() => new(_items.ToImmutable(), _size);
    }
}
