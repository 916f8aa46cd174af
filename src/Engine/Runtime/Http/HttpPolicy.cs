using System.Net;
using System.Net.Sockets;

namespace Platform.Engine.Runtime.Http;

/// <summary>
/// Which addresses outgoing requests may reach. By default only public unicast addresses: scripts must not reach the
/// server itself, its private network or the cloud metadata service (169.254.169.254). Unspecified and multicast
/// addresses are never called.
/// </summary>
public sealed record HttpPolicy
{
    public static readonly HttpPolicy Default = new();

    /// <summary>127.0.0.0/8 and ::1 (tests run their servers there).</summary>
    public bool AllowLoopback { get; init; }

    /// <summary>10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and fc00::/7.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>169.254.0.0/16 (including the metadata service) and fe80::/10.</summary>
    public bool AllowLinkLocal { get; init; }

    /// <summary>Why the address may not be called ("a private address (10.0.0.0/8)"), or null when it may.</summary>
    public string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return "an unspecified address (0.0.0.0, ::)";
        if (IsMulticast(address))
            return "a multicast or broadcast address (224.0.0.0/4, 255.255.255.255, ff00::/8)";
        if (IPAddress.IsLoopback(address))
            return AllowLoopback ? null : "a loopback address (127.0.0.0/8, ::1)";
        if (LinkLocalRange(address) is { } linkLocal)
            return AllowLinkLocal ? null : $"a link-local address ({linkLocal})";
        if (PrivateRange(address) is { } range)
            return AllowPrivate ? null : $"a private address ({range})";
        return null;
    }

    private static bool IsMulticast(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6
        ? address.IsIPv6Multicast
        : address.GetAddressBytes()[0] is >= 224 and <= 239 || address.Equals(IPAddress.Broadcast);

    private static string? LinkLocalRange(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal ? "fe80::/10" : null;
        var bytes = address.GetAddressBytes();
        return bytes[0] == 169 && bytes[1] == 254 ? "169.254.0.0/16, the cloud metadata service among them" : null;
    }

    private static string? PrivateRange(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return (bytes[0] & 0xFE) == 0xFC ? "fc00::/7" : null;
        return bytes switch
        {
            [10, ..] => "10.0.0.0/8",
            [172, >= 16 and <= 31, ..] => "172.16.0.0/12",
            [192, 168, ..] => "192.168.0.0/16",
            [0, ..] => "0.0.0.0/8",
            _ => null,
        };
    }
}
