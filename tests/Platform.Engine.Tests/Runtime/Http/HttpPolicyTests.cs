using System.Net;
using Platform.Engine.Runtime.Http;

namespace Platform.Engine.Tests.Runtime.Http;

public sealed class HttpPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("10.0.0.1", "private address (10.0.0.0/8)")]
    [InlineData("172.16.0.1", "private address (172.16.0.0/12)")]
    [InlineData("172.31.255.255", "private address (172.16.0.0/12)")]
    [InlineData("192.168.1.1", "private address (192.168.0.0/16)")]
    [InlineData("fd12:3456::1", "private address (fc00::/7)")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local address (fe80::/10)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    public void Refusal_ForbiddenAddress_NamesTheRule(string address, string rule)
    {
        var refusal = HttpPolicy.Default.Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(rule, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("2606:4700::1111")]
    [InlineData("8.8.8.8")]
    public void Refusal_PublicAddress_IsNull(string address) => Assert.Null(HttpPolicy.Default.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void Refusal_AllowedRanges_AreLetThrough()
    {
        var policy = new HttpPolicy { AllowLoopback = true, AllowPrivate = true, AllowLinkLocal = true };

        Assert.Null(policy.Refusal(IPAddress.Loopback));
        Assert.Null(policy.Refusal(IPAddress.Parse("10.1.2.3")));
        Assert.Null(policy.Refusal(IPAddress.Parse("169.254.169.254")));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("224.0.0.1")));
        Assert.NotNull(policy.Refusal(IPAddress.Any));
    }
}
