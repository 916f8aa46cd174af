using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Platform.Engine.Runtime.Ports;

namespace Platform.Engine.Runtime.Http;

/// <summary>
/// api.request over a real <see cref="HttpClient"/>. The network policy is enforced where the connection is made:
/// every address the host resolves to is checked before connecting (redirects included), so a name that points at a
/// private address is refused as well as the address itself. Proxies are not used, as they would connect instead.
/// </summary>
public sealed class HttpClientGateway(HttpPolicy? policy = null) : IHttpGateway, IDisposable
{
    private const int MaxResponseBytes = 64 * 1024 * 1024;
    private readonly HttpPolicy _policy = policy ?? HttpPolicy.Default;
    private readonly ConcurrentDictionary<(bool Follow, bool Verify), HttpClient> _clients = new();

    public async ValueTask<HttpResponseData> SendAsync(HttpRequestData request, CancellationToken cancellationToken)
    {
        using var message = ToMessage(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var client = _clients.GetOrAdd((request.FollowRedirects, request.VerifyCertificates), key => CreateClient(key.Follow, key.Verify));
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var headers = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
                .ToList();
            return new HttpResponseData((int)response.StatusCode, headers, body);
        }
        catch (HttpRequestException failure) when (Refusal(failure) is { } refused)
        {
            throw new HttpGatewayException(refused.Message, failure);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpGatewayException($"The request to {request.Url} got no answer within {request.Timeout.TotalSeconds:0.###} seconds.");
        }
        catch (HttpRequestException failure)
        {
            throw new HttpGatewayException($"The request to {request.Url} failed: {failure.Message}", failure);
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
        _clients.Clear();
    }

    private static HttpRequestMessage ToMessage(HttpRequestData request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is { } body)
            message.Content = new StringContent(body, Encoding.UTF8);
        foreach (var (name, value) in request.Headers)
        {
            if (message.Content is not null && name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }

    private static RequestRefusedByPolicyException? Refusal(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is RequestRefusedByPolicyException refused)
                return refused;
        }
        return null;
    }

    private HttpClient CreateClient(bool follow, bool verify)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = follow,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
        };
        // verify_peer = false is the script's explicit choice (self-signed partner servers); the default verifies.
#pragma warning disable CA5359
        if (!verify)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxResponseBytes };
    }

    // Resolves the host, refuses it when any of its addresses is forbidden, and only then connects.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        foreach (var address in addresses)
        {
            if (_policy.Refusal(address) is { } reason)
                throw new RequestRefusedByPolicyException($"The request to {host} was refused: {address} is {reason}, which this server does not call.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RequestRefusedByPolicyException(string message) : IOException(message);
}
