using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

// db.query (reference §9): where/search and additional_where become one condition; sort or override_sort the order;
// return the shape (list, single, count, exists, paged). No query may return more than the run's RecordsPerQuery.
internal static partial class DatabaseStatements
{
    private static async ValueTask<XsValue> QueryAsync(StatementCall call)
    {
        NoAddons(call);
        var table = call.TargetName;
        var where = Condition(call);
        var joins = QueryJoins.Read(call);
        var eval = QueryJoins.ReadEval(call);
        var shape = QueryReturn.Read(call);
        var limit = call.Run.Limits.RecordsPerQuery;
        switch (shape.Type)
        {
            case "count" when joins.Count == 0:
                return XsValue.Int(await Store(call).CountAsync(table, where, call.CancellationToken));
            case "count":
                // A join can repeat or drop base records: the store counts the joined rows, as it pages them.
                var counted = await Store(call).QueryAsync(new RecordQuery(table, where, [], new Paging(1, 1, 0, true, true), [], 1) { Joins = joins }, call.CancellationToken);
                return XsValue.Int(counted.Total ?? 0);
            case "exists":
                return XsValue.Bool((await Store(call).QueryAsync(new RecordQuery(table, where, [], null, null, 1) { Joins = joins }, call.CancellationToken)).Records.Count > 0);
            case "single":
                var first = await Store(call).QueryAsync(new RecordQuery(table, where, Sort(call, joins), null, OutputFields(call), 1) { Joins = joins, Eval = eval }, call.CancellationToken);
                return first.Records.Count > 0 ? XsValue.Object(first.Records[0]) : XsValue.Null;
        }
        if (shape.Paging is { } paging && paging.PerPage > limit)
            throw new RecordLimitExceededException(limit, call.Node.KeywordSpan);
        var query = new RecordQuery(table, where, Sort(call, joins), shape.Paging, OutputFields(call), shape.Paging is null ? limit + 1 : limit) { Joins = joins, Eval = eval };
        var page = await Store(call).QueryAsync(query, call.CancellationToken);
        if (page.Records.Count > limit)
            throw new RecordLimitExceededException(limit, call.Node.KeywordSpan);
        var items = XsValue.Array(XsArray.Create(page.Records.Select(XsValue.Object)));
        return shape.Paging is { Metadata: true } metadata ? PagedResult(items, page, metadata) : items;
    }

    /// <summary>where (or its older name search) ANDed with additional_where; null when there is neither.</summary>
    private static QueryCondition? Condition(StatementCall call)
    {
        var translator = new QueryTranslator(call.Evaluator);
        var parts = new[] { call.Expression("where") ?? call.Expression("search"), call.Expression("additional_where") }
            .OfType<Language.Syntax.ExpressionNode>()
            .Select(translator.Translate)
            .ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllCondition(parts),
        };
    }

    // The paged shape of §9, in this order; the totals only when asked for.
    private static XsValue PagedResult(XsValue items, RecordPage page, Paging paging)
    {
        var builder = new XsObject.Builder();
        builder.Set("items", items);
        builder.Set("itemsReceived", XsValue.Int(page.Records.Count));
        builder.Set("curPage", XsValue.Int(paging.Page));
        builder.Set("nextPage", page.HasMore ? XsValue.Int(paging.Page + 1) : XsValue.Null);
        builder.Set("prevPage", paging.Page > 1 ? XsValue.Int(paging.Page - 1) : XsValue.Null);
        builder.Set("offset", XsValue.Int(((long)paging.Page - 1) * paging.PerPage + paging.Offset));
        builder.Set("perPage", XsValue.Int(paging.PerPage));
        if (paging.Totals && page.Total is { } total)
        {
            builder.Set("itemsTotal", XsValue.Int(total));
            builder.Set("pageTotal", XsValue.Int((Math.Max(0, total - paging.Offset) + paging.PerPage - 1) / paging.PerPage));
        }
        return XsValue.Object(builder.ToObject());
    }

    /// <summary>
    /// sort (or override_sort, computed at run time): <c>{field: "asc"|"desc"|"rand"}</c> by priority, or a list of
    /// <c>{sortBy, orderBy}</c>. A key may name the table first (<c>"user.name"</c>) or a join's alias (<c>"account.name"</c>).
    /// </summary>
    private static List<SortKey> Sort(StatementCall call, IReadOnlyList<QueryJoin> joins)
    {
        var spec = call.Has("override_sort") && call.Attribute("override_sort") is { IsNull: false } runtime ? runtime : call.Attribute("sort");
        IEnumerable<(string Field, XsValue Direction)> entries = spec.Kind switch
        {
            ValueKind.Null => [],
            ValueKind.Object => spec.AsObject.Select(e => (e.Key, e.Value)),
            ValueKind.Array => spec.AsArray.Select(e => SortEntry(call, e)),
            _ => throw call.Error($"'sort' must be an object such as {{name: \"asc\"}}, not {ValueConversions.KindName(spec)}."),
        };
        var prefix = call.TargetName + ".";
        return [.. entries.Select(e => SortKeyOf(e.Field, prefix, joins, Direction(call, e.Direction)))];
    }

    private static SortKey SortKeyOf(string field, string basePrefix, IReadOnlyList<QueryJoin> joins, SortDirection direction)
    {
        if (field.StartsWith(basePrefix, StringComparison.Ordinal))
            return new SortKey(field[basePrefix.Length..], direction);
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && joins.Any(j => j.Alias == field[..dot])
            ? new SortKey(field[(dot + 1)..], direction, field[..dot])
            : new SortKey(field, direction);
    }

    private static (string, XsValue) SortEntry(StatementCall call, XsValue entry) =>
        entry.Kind == ValueKind.Object && entry.AsObject.Get("sortBy") is { Kind: ValueKind.Text } field
            ? (field.AsText, entry.AsObject.Get("orderBy"))
            : throw call.Error("each entry of a sort list must be {sortBy: \"field\", orderBy: \"asc\"}.");

    private static SortDirection Direction(StatementCall call, XsValue direction) => ValueConversions.ToText(direction).ToLowerInvariant() switch
    {
        "asc" or "" => SortDirection.Ascending,
        "desc" => SortDirection.Descending,
        "rand" or "random" => SortDirection.Random,
        var other => throw call.Error($"a sort direction is \"asc\", \"desc\" or \"rand\", not \"{other}\"."),
    };

    /// <summary>The return attribute: the result type and, for lists, the page wanted.</summary>
    private sealed record QueryReturn(string Type, Paging? Paging)
    {
        private static readonly string[] Types = ["list", "single", "count", "exists", "stream"];

        public static QueryReturn Read(StatementCall call)
        {
            var spec = call.Attribute("return");
            if (spec.Kind != ValueKind.Object)
                throw call.Error($"'return' must be an object such as {{type: \"list\"}}, not {ValueConversions.KindName(spec)}.");
            var type = spec.AsObject.Get("type") is { IsNull: false } given ? ValueConversions.ToText(given) : "list";
            if (type == "aggregate")
                throw call.Error("the aggregate return type is not supported by this server yet.");
            if (!Types.Contains(type))
                throw call.Error($"the return type must be one of {string.Join(", ", Types)}, not \"{type}\".");
            var paging = spec.AsObject.Get("paging");
            return new QueryReturn(type, paging.Kind == ValueKind.Object ? ReadPaging(call, paging.AsObject) : null);
        }

        // Defaults of reference §9: page 1, 25 per page, offset 0, no totals, with metadata.
        private static Paging ReadPaging(StatementCall call, XsObject paging) => new(
            (int)Whole(call, paging, "page", 1, 1),
            (int)Whole(call, paging, "per_page", 25, 1),
            (int)Whole(call, paging, "offset", 0, 0),
            ValueConversions.IsTruthy(paging.Get("totals")),
            !paging.ContainsKey("metadata") || ValueConversions.IsTruthy(paging.Get("metadata")));

        private static long Whole(StatementCall call, XsObject paging, string name, long fallback, long minimum)
        {
            var value = paging.Get(name);
            if (value.IsNull)
                return fallback;
            if (!ValueConversions.TryToNumber(value, out var number) || number.ToDouble() < minimum || number.ToDouble() > int.MaxValue)
                throw call.Error($"paging.{name} must be a whole number of at least {minimum}, not {Operators.Describe(value)}.");
            return (long)number.ToDouble();
        }
    }
}
