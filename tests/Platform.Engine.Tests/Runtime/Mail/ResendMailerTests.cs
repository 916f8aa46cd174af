using Platform.Engine.Runtime.Http;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Tests.Runtime.Http;

namespace Platform.Engine.Tests.Runtime.Mail;

public sealed class ResendMailerTests : IDisposable
{
    private static readonly EmailMessage Report = new(
        "resend", "re_123", "Reports <reports@example.com>", ["ada@example.com"], ["boss@example.com"], [],
        "help@example.com", "Weekly report", "<p>All good.</p>", "2025-01-16T09:00:00.000Z");

    private readonly HttpClientGateway _gateway = new(new HttpPolicy { AllowLoopback = true });

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Send_PostsResendJsonWithTheBearerKey()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, """{"id": "49a3999c"}"""));

        var answer = await new ResendMailer(_gateway, new Uri(server.Url("/v1"))).SendAsync(Report, CancellationToken.None);

        var received = Assert.Single(server.Received);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/v1/emails", received.PathAndQuery);
        Assert.Equal("Bearer re_123", received.Headers["Authorization"]);
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(
            """{"from":"Reports <reports@example.com>","to":["ada@example.com"],"subject":"Weekly report","html":"<p>All good.</p>","cc":["boss@example.com"],"reply_to":"help@example.com","scheduled_at":"2025-01-16T09:00:00.000Z"}""",
            received.Body);
        Assert.Equal("49a3999c", answer.AsObject.Get("id").AsText);
    }

    [Fact]
    public async Task Send_ErrorStatus_IsADeliveryErrorWithResendsMessage()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(422, """{"statusCode": 422, "message": "Invalid `from` field."}"""));

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(
            () => new ResendMailer(_gateway, new Uri(server.Url("/"))).SendAsync(Report, CancellationToken.None).AsTask());

        Assert.Equal("Resend refused the message (422): Invalid `from` field.", failure.Message);
    }

    [Fact]
    public async Task Send_ThroughTheDefaultPolicy_CannotReachLoopback()
    {
        await using var server = new LoopbackHttpServer(LoopbackHttpServer.Json(200, "{}"));
        using var strict = new HttpClientGateway();

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(
            () => new ResendMailer(strict, new Uri(server.Url("/"))).SendAsync(Report, CancellationToken.None).AsTask());

        Assert.Contains("127.0.0.1 is a loopback address", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public void DefaultBaseUrl_IsResendsApi() => Assert.Equal("https://api.resend.com/", ResendMailer.DefaultBaseUrl.AbsoluteUri);
}
