using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.InMemory;

/// <summary>
/// Applies query filters (<c>$db.user.email|to_lower</c>, <c>|timestamp_year</c>) to a column's value with the same
/// implementations the runtime uses for values, so the in-memory store computes exactly what a script would.
/// A filter the runtime does not have (or cannot compute in memory, such as geometry) is a clear error. As in SQL, a
/// null column stays null through every filter but <c>coalesce</c>, so both stores agree on missing values.
/// </summary>
internal sealed class ColumnFilters(FilterRegistry registry, TimeProvider clock) : IFilterEnvironment
{
    private static readonly Random Fixed = new(0);

    public TimeProvider Clock => clock;

    public Random Random => Fixed;

    public long LoopLimit => RunLimits.Default.LoopIterations;

    public XsValue Apply(XsValue value, IReadOnlyList<ColumnFilter> filters)
    {
        foreach (var filter in filters)
            value = Apply(value, filter);
        return value;
    }

    private XsValue Apply(XsValue value, ColumnFilter filter)
    {
        if (value.IsNull && filter.Name != "coalesce")
            return XsValue.Null;
        var function = registry.Find(filter.Name, queryMode: true)
            ?? throw ScriptErrorException.Fatal($"The query filter '{filter.Name}' cannot be computed by the in-memory database.");
        var call = new FilterCall(filter.Name, value, new Constants(filter.Arguments), this);
        try
        {
            return function(call);
        }
        catch (Exception exception) when (exception is not (ScriptErrorException or LimitExceededException or OperationCanceledException))
        {
            throw call.Error(exception.Message);
        }
    }

    public void CountIteration()
    {
    }

    public XsValue EvaluateText(string expression) =>
        throw ScriptErrorException.Fatal("A query filter cannot evaluate text as an expression.");

    private sealed class Constants(IReadOnlyList<XsValue> values) : IFilterArguments
    {
        public int Count => values.Count;

        public XsValue Evaluate(int index) => values[index];

        public XsValue EvaluateFor(int index, XsValue item, long position, XsValue parent, XsValue accumulator) => values[index];
    }
}
