using Platform.Engine.Work;

namespace Platform.Engine.Tests.Work;

/// <summary>Node heartbeat settings that cannot work are refused with a message; lost means silent for longer than the threshold.</summary>
public sealed class NodeHeartbeatOptionsTests
{
    private static readonly DateTimeOffset Beat = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_Defaults_AreFine() => Assert.Empty(new NodeHeartbeatOptions().Validate());

    [Theory]
    [InlineData(0, 30, 24, "The node heartbeat interval must be positive.")]
    [InlineData(5, 9, 24, "A node must count as lost only after two missed heartbeats (10 s) or more.")]
    [InlineData(5, 30, 0.001, "Nodes must be forgotten no sooner than they count as lost.")]
    public void Validate_Impossible_SaysWhy(double intervalSeconds, double lostSeconds, double forgetHours, string problem)
    {
        var options = new NodeHeartbeatOptions
        {
            Interval = TimeSpan.FromSeconds(intervalSeconds), LostAfter = TimeSpan.FromSeconds(lostSeconds), ForgetAfter = TimeSpan.FromHours(forgetHours),
        };

        Assert.Equal([problem], options.Validate());
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(30.001, true)]
    public void IsLost_AfterTheThreshold_NotAtIt(double silentSeconds, bool lost) =>
        Assert.Equal(lost, NodeLiveness.IsLost(Beat, Beat.AddSeconds(silentSeconds), TimeSpan.FromSeconds(30)));
}
