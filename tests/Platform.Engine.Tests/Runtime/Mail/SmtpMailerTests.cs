using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Ports;

namespace Platform.Engine.Tests.Runtime.Mail;

public sealed class SmtpMailerTests
{
    private static readonly EmailMessage Report = new(
        "xano", null, "reports@example.com", ["ada@example.com", "bob@example.com"], ["boss@example.com"], ["audit@example.com"],
        "help@example.com", "Weekly report", "<p>All good.</p>", null);

    [Fact]
    public async Task Send_DeliversEnvelopeHeadersAndBody()
    {
        await using var server = new LoopbackSmtpServer();

        var answer = await Mailer(server).SendAsync(Report, CancellationToken.None);

        var delivery = Assert.Single(server.Deliveries);
        Assert.Equal("<reports@example.com>", delivery.From);
        Assert.Equal(["<ada@example.com>", "<audit@example.com>", "<bob@example.com>", "<boss@example.com>"], delivery.Recipients.Order(StringComparer.Ordinal));
        Assert.Contains("Subject: Weekly report\r\n", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("To: ada@example.com, bob@example.com\r\n", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("Cc: boss@example.com\r\n", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("Reply-To: help@example.com\r\n", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("All good.", delivery.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("audit@example.com", delivery.Data, StringComparison.Ordinal);
        Assert.Contains("Message-ID: " + answer.AsObject.Get("id").AsText, delivery.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WithoutFrom_UsesTheDefaultSender()
    {
        await using var server = new LoopbackSmtpServer();

        await Mailer(server).SendAsync(Report with { From = null }, CancellationToken.None);

        Assert.Equal("<platform@example.org>", Assert.Single(server.Deliveries).From);
    }

    [Fact]
    public async Task Send_RefusedRecipient_IsADeliveryError()
    {
        await using var server = new LoopbackSmtpServer(refuseRecipients: true);

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server).SendAsync(Report, CancellationToken.None).AsTask());

        Assert.StartsWith($"The mail server 127.0.0.1:{server.Port} did not take the message:", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Deliveries);
    }

    [Fact]
    public async Task Send_ScheduledMessage_IsRefusedBeforeConnecting()
    {
        await using var server = new LoopbackSmtpServer();

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server).SendAsync(Report with { ScheduledAt = "2025-01-16T00:00:00.000Z" }, CancellationToken.None).AsTask());

        Assert.Contains("scheduled_at", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Deliveries);
    }

    [Fact]
    public async Task Send_SubjectWithALineBreak_IsADeliveryError()
    {
        await using var server = new LoopbackSmtpServer();

        var failure = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server).SendAsync(Report with { Subject = "Hi\r\nBcc: everyone@example.com" }, CancellationToken.None).AsTask());

        Assert.StartsWith("The message cannot be sent over SMTP:", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Deliveries);
    }

    [Fact]
    public async Task SendEmailStatement_XanoProvider_GoesOutOverSmtp_AndOtherProvidersNeedTheirMailer()
    {
        await using var server = new LoopbackSmtpServer();
        var environment = TestRuns.Environment() with { Mail = new ProviderMailer(new Dictionary<string, IMailer> { ["xano"] = Mailer(server) }) };
        const string Script = """
            task mail {
              stack {
                util.send_email {
                  to = "ada@example.com"
                  subject = "Hi"
                  message = "Hello Ada"
                } as $sent
                util.send_email {
                  service_provider = "resend"
                  api_key = "re_1"
                  from = "a@example.com"
                  to = "ada@example.com"
                  subject = "Hi"
                  message = "Hello"
                } as $other
              }
            }
            """;

        var run = await TestRuns.RunAsync(Script, environment);

        Assert.Equal(["<ada@example.com>"], Assert.Single(server.Deliveries).Recipients);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("util.send_email: This server cannot send e-mail through the provider 'resend'.", run.Failure!.Error.Message);
        Assert.Equal(2, run.Counters.Requests);
    }

    private static SmtpMailer Mailer(LoopbackSmtpServer server) =>
        new(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, EnableTls = false, DefaultFrom = "platform@example.org", Timeout = TimeSpan.FromSeconds(10) });
}
