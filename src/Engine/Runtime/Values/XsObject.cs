using System.Collections;

namespace Platform.Engine.Runtime.Values;

/// <summary>
/// An immutable object: string keys in insertion order. Records are small, so entries live in an array searched
/// linearly; larger objects build a key index once. Setting a key returns a new object.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named after XanoScript's object type.")]
public sealed class XsObject : IReadOnlyCollection<KeyValuePair<string, XsValue>>
{
    private const int IndexThreshold = 12;

    public static readonly XsObject Empty = new([], 16);

    private readonly KeyValuePair<string, XsValue>[] _entries;
    private Dictionary<string, int>? _index;

    private XsObject(KeyValuePair<string, XsValue>[] entries, long size)
    {
        _entries = entries;
        ApproximateSize = size;
    }

    public int Count => _entries.Length;

    public long ApproximateSize { get; }

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<XsValue> Values => _entries.Select(e => e.Value);

    public static XsObject Create(IEnumerable<KeyValuePair<string, XsValue>> entries)
    {
        var builder = new Builder();
        foreach (var (key, value) in entries)
            builder.Set(key, value);
        return builder.ToObject();
    }

    public bool TryGet(string key, out XsValue value)
    {
        var index = IndexOf(key);
        value = index < 0 ? XsValue.Null : _entries[index].Value;
        return index >= 0;
    }

    /// <summary>The value of a key, or null when the key is missing.</summary>
    public XsValue Get(string key) => TryGet(key, out var value) ? value : XsValue.Null;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public XsObject Set(string key, XsValue value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            var copy = (KeyValuePair<string, XsValue>[])_entries.Clone();
            copy[index] = new(key, value);
            return new XsObject(copy, ApproximateSize - SizeOf(_entries[index]) + SizeOf(copy[index]));
        }
        var grown = new KeyValuePair<string, XsValue>[_entries.Length + 1];
        Array.Copy(_entries, grown, _entries.Length);
        grown[^1] = new(key, value);
        return new XsObject(grown, ApproximateSize + SizeOf(grown[^1]));
    }

    public XsObject Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
            return this;
        var shrunk = _entries.Where((_, i) => i != index).ToArray();
        return new XsObject(shrunk, ApproximateSize - SizeOf(_entries[index]));
    }

    public IEnumerator<KeyValuePair<string, XsValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, XsValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    private int IndexOf(string key)
    {
        if (_entries.Length <= IndexThreshold)
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
                    return i;
            }
            return -1;
        }
        _index ??= BuildIndex();
        return _index.TryGetValue(key, out var found) ? found : -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
            index[_entries[i].Key] = i;
        return index;
    }

    private static long SizeOf(KeyValuePair<string, XsValue> entry) => 32 + entry.Key.Length * 2L + entry.Value.ApproximateSize;

    /// <summary>Builds an object key by key (a repeated key keeps its first position and takes the last value).</summary>
    public sealed class Builder
    {
        private readonly List<KeyValuePair<string, XsValue>> _entries = [];
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private long _size = 16;

        public void Set(string key, XsValue value)
        {
            var entry = new KeyValuePair<string, XsValue>(key, value);
            if (_positions.TryGetValue(key, out var position))
            {
                _size -= SizeOf(_entries[position]);
                _entries[position] = entry;
            }
            else
            {
                _positions[key] = _entries.Count;
                _entries.Add(entry);
            }
            _size += SizeOf(entry);
        }

        public XsObject ToObject() => new([.. _entries], _size);
    }
}
