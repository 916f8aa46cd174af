using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>The one shape every filter has: an invocation in, a value out.</summary>
public delegate XsValue FilterFunction(FilterCall call);

/// <summary>What a filter may use from the run: the clock, randomness, the loop limit, and evaluating text as an expression.</summary>
public interface IFilterEnvironment
{
    TimeProvider Clock { get; }

    Random Random { get; }

    /// <summary>How many elements one higher-order filter may visit (the run's loop limit).</summary>
    long LoopLimit { get; }

    /// <summary>Notes one iteration: checks the run's time limit and cancellation.</summary>
    void CountIteration();

    /// <summary>Evaluates text as an expression in the run's current variables (<c>|to_expr</c>).</summary>
    XsValue EvaluateText(string expression);
}

/// <summary>
/// Evaluates a filter's arguments for it. Arguments are evaluated on demand: a higher-order filter evaluates its
/// expression once per element, with <c>$$</c>, <c>$index</c>, <c>$parent</c> and <c>$result</c> bound.
/// </summary>
public interface IFilterArguments
{
    int Count { get; }

    XsValue Evaluate(int index);

    XsValue EvaluateFor(int index, XsValue item, long position, XsValue parent, XsValue accumulator);
}
