using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>Sorting (several keys, by priority; nulls first ascending, as null is the smallest value) and paging of records.</summary>
internal static class RecordOrdering
{
    /// <summary>Sorts any rows by the keys, each key's value read by <paramref name="value"/>.</summary>
    public static List<T> Sort<T>(IEnumerable<T> records, IReadOnlyList<SortKey> keys, Func<T, SortKey, XsValue> value, Random random)
        where T : class
    {
        var list = records.ToList();
        if (keys.Count == 0)
            return list;
        // A random key gives every record one draw, so the comparison stays consistent while sorting.
        Dictionary<T, int>? draws = null;
        if (keys.Any(k => k.Direction == SortDirection.Random))
        {
            draws = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
            foreach (var record in list)
                draws[record] = random.Next();
        }
        // OrderBy is stable: records that tie keep their id order.
        return [.. list.Order(Comparer<T>.Create((a, b) => Compare(a, b, keys, value, draws)))];
    }

    private static int Compare<T>(T a, T b, IReadOnlyList<SortKey> keys, Func<T, SortKey, XsValue> value, Dictionary<T, int>? draws)
        where T : class
    {
        foreach (var key in keys)
        {
            var order = key.Direction switch
            {
                SortDirection.Random => draws![a].CompareTo(draws[b]),
                SortDirection.Descending => -CompareValues(value(a, key), value(b, key)),
                _ => CompareValues(value(a, key), value(b, key)),
            };
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static int CompareValues(XsValue x, XsValue y)
    {
        if (x.IsNull || y.IsNull)
            return x.IsNull.CompareTo(y.IsNull) * -1;
        return ValueComparer.Compare(x, y);
    }

    /// <summary>The records of the page (or, unpaged, the first <paramref name="limit"/>), and whether more follow.</summary>
    public static (List<T> Records, bool HasMore) Page<T>(List<T> sorted, Paging? paging, int limit)
    {
        var skip = paging is null ? 0L : ((long)paging.Page - 1) * paging.PerPage + paging.Offset;
        var take = Math.Min(paging?.PerPage ?? int.MaxValue, limit);
        var start = (int)Math.Clamp(skip, 0, sorted.Count);
        var page = sorted.Skip(start).Take(take).ToList();
        return (page, start + page.Count < sorted.Count);
    }
}
