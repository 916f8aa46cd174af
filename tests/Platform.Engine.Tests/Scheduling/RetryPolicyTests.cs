using Platform.Engine.Scheduling;

namespace Platform.Engine.Tests.Scheduling;

/// <summary>Exponential backoff with equal jitter, capped.</summary>
public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(5, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));

    [Fact]
    public void DelayBefore_DoublesWithinHalfAndAllOfThePlannedDelay_UpToTheMaximum()
    {
        var random = new Random(1);
        double[] planned = [10, 20, 40, 60, 60];

        for (var retry = 1; retry <= 5; retry++)
        {
            var delay = Policy.DelayBefore(retry, random).TotalSeconds;
            Assert.InRange(delay, planned[retry - 1] / 2, planned[retry - 1]);
        }
    }

    [Fact]
    public void DelayBefore_SameSeed_SameDelays()
    {
        var first = Enumerable.Range(1, 5).Select(r => Policy.DelayBefore(r, new Random(3))).ToList();
        var second = Enumerable.Range(1, 5).Select(r => Policy.DelayBefore(r, new Random(3))).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void DelayBefore_JitterSpreadsTasksThatFailTogether()
    {
        var random = new Random(9);

        var delays = Enumerable.Range(0, 20).Select(_ => Policy.DelayBefore(1, random)).Distinct().Count();

        Assert.True(delays > 15, $"only {delays} distinct delays");
    }
}
