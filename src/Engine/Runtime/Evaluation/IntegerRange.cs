using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>The inclusive list of whole numbers <c>start..end</c> (descending when end is smaller): <c>|range</c>, <c>..</c> and Twig's <c>..</c>.</summary>
internal static class IntegerRange
{
    public static XsValue Create(long start, long end, long loopLimit)
    {
        var step = start <= end ? 1 : -1;
        var count = Math.Abs((decimal)end - start) + 1;
        if (count > loopLimit)
            throw new LoopLimitExceededException(loopLimit, null);
        // Counted, not compared with the end: stepping past long.MaxValue would wrap around and never stop.
        var builder = new XsArray.Builder();
        for (var k = 0L; k < count; k++)
            builder.Add(XsValue.Int(start + (step * k)));
        return XsValue.Array(builder.ToArray());
    }
}
