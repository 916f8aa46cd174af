using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// Array filters (reference §8.4). Every filter returns a new value. A null input counts as an empty list; other
/// non-lists are errors that name the filter. Partial files hold set operations, sorting and aggregates.
/// </summary>
internal static partial class ArrayFilters
{
    public static void Register(FilterRegistry registry)
    {
        registry.Add("first", First);
        registry.Add("last", Last);
        registry.Add("count", Count);
        registry.Add("slice", Slice);
        registry.Add("reverse", Reverse);
        registry.Add("unique", Unique);
        registry.Add("shuffle", Shuffle);
        registry.Add("flatten", Flatten);
        registry.Add("safe_array", SafeArray);
        registry.Add("push", Push);
        registry.Add("unshift", Unshift);
        registry.Add("append", Append);
        registry.Add("prepend", Prepend);
        registry.Add("pop", Last);
        registry.Add("shift", First);
        registry.Add("remove", Remove);
        registry.Add("merge", Merge);
        registry.Add("merge_recursive", MergeRecursive);
        registry.Add("diff", Diff);
        registry.Add("intersect", Intersect);
        registry.Add("diff_assoc", DiffAssoc);
        registry.Add("intersect_assoc", IntersectAssoc);
        registry.Add("join", Join);
        registry.Add("range", Range);
        registry.Add("fill", Fill);
        registry.Add("fill_keys", FillKeys);
        registry.Add("index_by", IndexBy);
        registry.Add("sort", Sort);
        registry.Add("sum", Sum);
        registry.Add("avg", Average);
        registry.Add("product", Product);
        registry.Add("array_min", Minimum);
        registry.Add("array_max", Maximum);
        registry.Add("filter_empty", Without(value => !ValueConversions.IsTruthy(value)));
        registry.Add("filter_null", Without(value => value.IsNull));
        registry.Add("filter_zero", Without(value => value.IsNumber && value.ToDouble() == 0));
        registry.Add("filter_false", Without(value => value.Kind == ValueKind.Bool && !value.AsBool));
        registry.Add("filter_empty_text", Without(value => value.Kind == ValueKind.Text && value.AsText.Length == 0));
        registry.Add("filter_empty_array", Without(value => value.Kind == ValueKind.Array && value.AsArray.Count == 0));
        registry.Add("filter_empty_object", Without(value => value.Kind == ValueKind.Object && value.AsObject.Count == 0));
    }

    // first and shift, last and pop: a filter cannot change its input, so taking an element is reading it.
    private static XsValue First(FilterCall call) => call.InputArray.At(0);

    private static XsValue Last(FilterCall call) => call.InputArray.At(-1);

    private static XsValue Count(FilterCall call) => call.CollectionInput() switch
    {
        { Kind: ValueKind.Array } list => XsValue.Int(list.AsArray.Count),
        { Kind: ValueKind.Object } obj => XsValue.Int(obj.AsObject.Count),
        _ => XsValue.Int(0),
    };

    /// <summary>PHP's array_slice: a negative offset counts from the end; a negative length leaves that many off the end.</summary>
    private static XsValue Slice(FilterCall call)
    {
        var items = call.InputArray;
        var offset = call.Integer(0);
        var start = offset < 0 ? Math.Max(0, items.Count + offset) : Math.Min(offset, items.Count);
        var length = call.Argument(1).IsNull ? (long?)null : call.Integer(1);
        var end = length switch
        {
            null => items.Count,
            < 0 => Math.Max(start, items.Count + length.Value),
            _ => Math.Min(items.Count, start + length.Value),
        };
        return XsValue.Array(XsArray.Create(items.Skip((int)start).Take((int)(end - start))));
    }

    private static XsValue Reverse(FilterCall call) => XsValue.Array(XsArray.Create(call.InputArray.Reverse()));

    private static XsValue Shuffle(FilterCall call)
    {
        var items = call.InputArray.ToArray();
        call.Environment.Random.Shuffle(items);
        return XsValue.Array(XsArray.Create(items));
    }

    // An explicit stack, not recursion: a list nested a million deep (built in a loop) must not overflow the stack.
    private static XsValue Flatten(FilterCall call)
    {
        var builder = new XsArray.Builder();
        var pending = new Stack<(XsArray List, int Next)>();
        pending.Push((call.InputArray, 0));
        while (pending.TryPop(out var top))
        {
            if (top.Next == top.List.Count)
                continue;
            pending.Push((top.List, top.Next + 1));
            var item = top.List[top.Next];
            if (item.Kind == ValueKind.Array)
                pending.Push((item.AsArray, 0));
            else
                builder.Add(item);
        }
        return XsValue.Array(builder.ToArray());
    }

    private static XsValue SafeArray(FilterCall call) => call.Input.Kind switch
    {
        ValueKind.Array => call.Input,
        ValueKind.Null => XsValue.Array(XsArray.Empty),
        _ => XsValue.Array(call.Input),
    };

    private static XsValue Push(FilterCall call) => XsValue.Array(call.InputArray.Add(call.Argument(0)));

    private static XsValue Unshift(FilterCall call) => XsValue.Array(call.InputArray.Insert(0, call.Argument(0)));

    private static XsValue Append(FilterCall call) => AtPath(call, list => list.Add(call.Argument(0)));

    private static XsValue Prepend(FilterCall call) => AtPath(call, list => list.Insert(0, call.Argument(0)));

    // append/prepend: the input itself, or the list at a path inside it (a missing one starts empty).
    private static XsValue AtPath(FilterCall call, Func<XsArray, XsArray> change)
    {
        var path = call.PathArgument(1);
        if (path.Count == 0)
            return XsValue.Array(change(call.InputArray));
        var container = call.CollectionInput();
        var list = ValuePaths.Get(container, path);
        if (list.Kind is not (ValueKind.Array or ValueKind.Null))
            throw call.Error($"the value at \"{ValueConversions.ToText(call.Argument(1))}\" must be a list, not {ValueConversions.KindName(list)}.");
        return call.Store(container, path, XsValue.Array(change(list.IsNull ? XsArray.Empty : list.AsArray)));
    }

    private static XsValue Join(FilterCall call)
    {
        var values = call.CollectionInput() is { Kind: ValueKind.Object } obj ? obj.AsObject.Values : call.InputArray;
        return XsValue.Text(string.Join(call.Text(0), values.Select(ValueConversions.ToText)));
    }

    /// <summary>The integers from start to end, both included, counting down when end is smaller.</summary>
    private static XsValue Range(FilterCall call)
    {
        return IntegerRange.Create(call.Integer(0), call.Integer(1), call.Environment.LoopLimit);
    }

    /// <summary>PHP's array_fill: count copies of the input, keyed from start (a list when start is 0).</summary>
    private static XsValue Fill(FilterCall call)
    {
        var (start, count) = (call.Integer(0), call.Integer(1));
        if (count < 0)
            throw call.Error($"the count must not be negative, not {count}.");
        CheckSize(call, count);
        if (start == 0)
            return XsValue.Array(XsArray.Create(Enumerable.Repeat(call.Input, (int)count)));
        var builder = new XsObject.Builder();
        for (var i = 0L; i < count; i++)
            builder.Set((start + i).ToString(System.Globalization.CultureInfo.InvariantCulture), call.Input);
        return XsValue.Object(builder.ToObject());
    }

    private static XsValue FillKeys(FilterCall call)
    {
        var builder = new XsObject.Builder();
        foreach (var key in call.ListArgument(0))
            builder.Set(ValueConversions.ToText(key), call.Input);
        return XsValue.Object(builder.ToObject());
    }

    // A list built from nothing (range, fill) may not be longer than one loop may run.
    private static void CheckSize(FilterCall call, decimal count)
    {
        if (count > call.Environment.LoopLimit)
            throw new LoopLimitExceededException(call.Environment.LoopLimit, null);
    }

    /// <summary>The elements except those whose value (at the optional path) the test drops.</summary>
    private static FilterFunction Without(Func<XsValue, bool> dropped) => call =>
    {
        var value = ElementExpressions.AtPath(call.PathArgument(0));
        var items = call.InputArray;
        return XsValue.Array(XsArray.Create(items.Where((item, i) => !dropped(value(item, i, call.Input, XsValue.Null)))));
    };
}
