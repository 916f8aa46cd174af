using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>Sorting (several keys, by priority; nulls first ascending, as null is the smallest value) and paging of records.</summary>
internal static class RecordOrdering
{
    public static List<XsObject> Sort(IEnumerable<XsObject> records, IReadOnlyList<SortKey> keys, Random random)
    {
        var list = records.ToList();
        if (keys.Count == 0)
            return list;
        // A random key gives every record one draw, so the comparison stays consistent while sorting.
        Dictionary<XsObject, int>? draws = null;
        if (keys.Any(k => k.Direction == SortDirection.Random))
        {
            draws = new Dictionary<XsObject, int>(ReferenceEqualityComparer.Instance);
            foreach (var record in list)
                draws[record] = random.Next();
        }
        // OrderBy is stable: records that tie keep their id order.
        return [.. list.Order(Comparer<XsObject>.Create((a, b) => Compare(a, b, keys, draws)))];
    }

    private static int Compare(XsObject a, XsObject b, IReadOnlyList<SortKey> keys, Dictionary<XsObject, int>? draws)
    {
        foreach (var key in keys)
        {
            var order = key.Direction switch
            {
                SortDirection.Random => draws![a].CompareTo(draws[b]),
                SortDirection.Descending => -CompareFields(a, b, key.Field),
                _ => CompareFields(a, b, key.Field),
            };
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static int CompareFields(XsObject a, XsObject b, string field)
    {
        var (x, y) = (RecordMatcher.Field(a, field), RecordMatcher.Field(b, field));
        if (x.IsNull || y.IsNull)
            return x.IsNull.CompareTo(y.IsNull) * -1;
        return ValueComparer.Compare(x, y);
    }

    /// <summary>The records of the page (or, unpaged, the first <paramref name="limit"/>), and whether more follow.</summary>
    public static (List<XsObject> Records, bool HasMore) Page(List<XsObject> sorted, Paging? paging, int limit)
    {
        var skip = paging is null ? 0L : ((long)paging.Page - 1) * paging.PerPage + paging.Offset;
        var take = Math.Min(paging?.PerPage ?? int.MaxValue, limit);
        var start = (int)Math.Clamp(skip, 0, sorted.Count);
        var page = sorted.Skip(start).Take(take).ToList();
        return (page, start + page.Count < sorted.Count);
    }
}
