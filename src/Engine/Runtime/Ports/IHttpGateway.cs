namespace Platform.Engine.Runtime.Ports;

/// <summary>Outgoing HTTP for api.request. The real gateway enforces the network policy at connect time.</summary>
public interface IHttpGateway
{
    ValueTask<HttpResponseData> SendAsync(HttpRequestData request, CancellationToken cancellationToken);
}

public sealed record HttpRequestData(
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    TimeSpan Timeout,
    bool FollowRedirects = true,
    bool VerifyCertificates = true);

public sealed record HttpResponseData(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body);

/// <summary>
/// A request that got no HTTP response: refused by the network policy, timed out, or failed in transport. The message
/// says which, and names the address (and, for a refusal, the rule).
/// </summary>
public sealed class HttpGatewayException : Exception
{
    public HttpGatewayException()
    {
    }

    public HttpGatewayException(string message)
        : base(message)
    {
    }

    public HttpGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
