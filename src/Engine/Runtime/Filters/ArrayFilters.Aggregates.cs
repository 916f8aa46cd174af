using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

// sum, avg, product, array_min, array_max: arithmetic with the operators' own rules (ints stay ints, overflow gives
// a decimal). Elements must be numbers or numeric text; null counts as 0
// and booleans as 0 or 1, as in PHP's array_sum.
internal static partial class ArrayFilters
{
    private static XsValue Sum(FilterCall call) => Numbers(call).Aggregate(XsValue.Int(0), Operators.Add);

    private static XsValue Product(FilterCall call) => Numbers(call).Aggregate(XsValue.Int(1), Operators.Multiply);

    /// <summary>The mean; null for an empty list (there is nothing to average).</summary>
    private static XsValue Average(FilterCall call)
    {
        var numbers = Numbers(call).ToList();
        return numbers.Count == 0 ? XsValue.Null : Operators.Divide(numbers.Aggregate(XsValue.Int(0), Operators.Add), XsValue.Int(numbers.Count));
    }

    /// <summary>The smallest element by the language's ordering; null for an empty list.</summary>
    private static XsValue Minimum(FilterCall call) => Extreme(call, order => order < 0);

    private static XsValue Maximum(FilterCall call) => Extreme(call, order => order > 0);

    private static XsValue Extreme(FilterCall call, Func<int, bool> better)
    {
        var numbers = Numbers(call).ToList();
        return numbers.Count == 0 ? XsValue.Null : numbers.Aggregate((best, next) => better(ValueComparer.Compare(next, best)) ? next : best);
    }

    private static IEnumerable<XsValue> Numbers(FilterCall call) => call.InputArray.Select((item, i) =>
        ValueConversions.TryToNumber(item, out var number)
            ? number
            : throw call.Error($"it works on lists of numbers, but element {i} is {ValueConversions.KindName(item)}."));
}
