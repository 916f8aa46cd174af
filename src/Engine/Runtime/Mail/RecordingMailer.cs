using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Mail;

/// <summary>Keeps every message instead of sending it (tests and <c>xs run</c>); answers like a provider, with an id.</summary>
public sealed class RecordingMailer : IMailer
{
    private readonly List<EmailMessage> _messages = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<EmailMessage> Messages
    {
        get
        {
            lock (_gate)
                return [.. _messages];
        }
    }

    public ValueTask<XsValue> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        int number;
        lock (_gate)
        {
            _messages.Add(message);
            number = _messages.Count;
        }
        return ValueTask.FromResult(XsValue.Object(XsObject.Create([new("id", XsValue.Text($"recorded-{number}"))])));
    }
}
