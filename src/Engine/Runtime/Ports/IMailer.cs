using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Ports;

/// <summary>Sends util.send_email messages through a provider.</summary>
public interface IMailer
{
    /// <summary>Sends the message and returns what the provider answered (for <c>as $result</c>).</summary>
    ValueTask<XsValue> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Everything util.send_email passes (reference §6.6), with lists already split.</summary>
public sealed record EmailMessage(
    string Provider,
    string? ApiKey,
    string? From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc,
    string? ReplyTo,
    string Subject,
    string Message,
    string? ScheduledAt);

/// <summary>A message the provider did not accept, or could not be reached for; the message says which and why.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
