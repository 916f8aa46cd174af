using System.Net;
using System.Net.Mail;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Mail;

/// <summary>Where and how the server's own mail (service_provider "xano") is sent.</summary>
public sealed record SmtpOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 587;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Upgrade the connection with STARTTLS.</summary>
    public bool EnableTls { get; init; } = true;

    /// <summary>The sender when a script gives none.</summary>
    public required string DefaultFrom { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>Sends util.send_email messages over SMTP; the message is HTML. Answers <c>{id}</c>, the Message-ID it gave.</summary>
public sealed class SmtpMailer(SmtpOptions options, TimeProvider? clock = null) : IMailer
{
    public async ValueTask<XsValue> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(message.ScheduledAt))
            throw new MailDeliveryException("SMTP cannot send a message later; leave scheduled_at out or use the resend provider.");
        var id = $"<{Guid.NewGuid():N}.{(clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds()}@{options.Host}>";
        using var mail = Build(message, id);
        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.EnableTls,
            Timeout = (int)options.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (options.UserName is { Length: > 0 } user)
            client.Credentials = new NetworkCredential(user, options.Password);
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (SmtpException failure)
        {
            throw new MailDeliveryException($"The mail server {options.Host}:{options.Port} did not take the message: {failure.Message}", failure);
        }
        return XsValue.Object(XsObject.Create([new("id", XsValue.Text(id))]));
    }

    // MailMessage rejects what SMTP cannot carry (a subject with a line break, for one) with argument errors.
    private MailMessage Build(EmailMessage message, string id)
    {
        try
        {
            return ToMailMessage(message, id);
        }
        catch (Exception invalid) when (invalid is ArgumentException or FormatException)
        {
            throw new MailDeliveryException($"The message cannot be sent over SMTP: {invalid.Message}", invalid);
        }
    }

    private MailMessage ToMailMessage(EmailMessage message, string id)
    {
        var mail = new MailMessage
        {
            From = Address(message.From is { Length: > 0 } from ? from : options.DefaultFrom),
            Subject = message.Subject,
            Body = message.Message,
            IsBodyHtml = true,
        };
        mail.Headers.Add("Message-ID", id);
        foreach (var to in message.To)
            mail.To.Add(Address(to));
        foreach (var cc in message.Cc)
            mail.CC.Add(Address(cc));
        foreach (var bcc in message.Bcc)
            mail.Bcc.Add(Address(bcc));
        if (message.ReplyTo is { Length: > 0 } replyTo)
            mail.ReplyToList.Add(Address(replyTo));
        return mail;
    }

    private static MailAddress Address(string text) =>
        MailAddress.TryCreate(text, out var address) ? address : throw new MailDeliveryException($"\"{text}\" is not an e-mail address.");
}
