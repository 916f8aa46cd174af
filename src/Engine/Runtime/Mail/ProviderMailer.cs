using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Mail;

/// <summary>Hands each message to the mailer of its service_provider: "xano" (this server's own mail, SMTP) or "resend".</summary>
public sealed class ProviderMailer(IReadOnlyDictionary<string, IMailer> providers) : IMailer
{
    public ValueTask<XsValue> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        providers.TryGetValue(message.Provider, out var mailer)
            ? mailer.SendAsync(message, cancellationToken)
            : throw new MailDeliveryException($"This server cannot send e-mail through the provider '{message.Provider}'.");
}
