using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// util.send_email (reference §6.6): every attribute goes into one <see cref="EmailMessage"/> for the run's mailer.
/// Resend needs api_key, from and to; every provider needs a recipient. Each message counts as an outgoing request.
/// </summary>
internal static class EmailStatements
{
    private static readonly string[] Providers = ["xano", "resend"];

    public static void Register(StatementRegistry registry) => registry.Add("util.send_email", SendAsync);

    private static async ValueTask<XsValue> SendAsync(StatementCall call)
    {
        var message = Message(call);
        var mailer = call.Mail;
        call.Run.CountRequest(call.Node.KeywordSpan);
        try
        {
            return await mailer.SendAsync(message, call.CancellationToken);
        }
        catch (MailDeliveryException failure)
        {
            throw call.Error(failure.Message);
        }
    }

    private static EmailMessage Message(StatementCall call)
    {
        var provider = call.Text("service_provider");
        if (!Providers.Contains(provider))
            throw call.Error($"'service_provider' must be \"xano\" or \"resend\", not \"{provider}\".");
        var message = new EmailMessage(
            provider,
            Optional(call, "api_key"),
            Optional(call, "from"),
            Addresses(call, "to"),
            Addresses(call, "cc"),
            Addresses(call, "bcc"),
            Addresses(call, "reply_to") is { Count: > 0 } replyTo ? string.Join(", ", replyTo) : null,
            Required(call, "subject"),
            Required(call, "message"),
            ScheduledAt(call));
        if (provider == "resend")
        {
            if (message.ApiKey is null)
                throw call.Error("the resend provider needs 'api_key'.");
            if (message.From is null)
                throw call.Error("the resend provider needs 'from'.");
        }
        if (message.To.Count == 0)
            throw call.Error("'to' must give at least one address.");
        return message;
    }

    private static string? Optional(StatementCall call, string attribute) =>
        call.Text(attribute) is { Length: > 0 } text ? text : null;

    private static string Required(StatementCall call, string attribute) =>
        call.Attribute(attribute) is { IsNull: false } value
            ? ValueConversions.ToText(value)
            : throw call.Error($"it needs '{attribute}'.");

    /// <summary>An address, a comma-separated text of them, or a list; empty entries are dropped.</summary>
    private static List<string> Addresses(StatementCall call, string attribute)
    {
        var value = call.Attribute(attribute);
        IEnumerable<XsValue> items = value.Kind switch
        {
            ValueKind.Null => [],
            ValueKind.Text => value.AsText.Split(',').Select(XsValue.Text),
            ValueKind.Array => value.AsArray,
            _ => throw call.Error($"'{attribute}' must be an address or a list of addresses, not {ValueConversions.KindName(value)}."),
        };
        var addresses = new List<string>();
        foreach (var item in items)
        {
            if (item.Kind != ValueKind.Text)
                throw call.Error($"every address in '{attribute}' must be text, not {ValueConversions.KindName(item)}.");
            if (item.AsText.Trim() is { Length: > 0 } address)
                addresses.Add(address);
        }
        return addresses;
    }

    // A timestamp (epoch ms) becomes ISO 8601 text, which providers read; text is passed on; empty means now.
    private static string? ScheduledAt(StatementCall call)
    {
        var value = call.Attribute("scheduled_at");
        return value.Kind switch
        {
            ValueKind.Null => null,
            ValueKind.Int or ValueKind.Timestamp => ValueDisplay.FormatTimestamp(value.AsInt),
            ValueKind.Text => value.AsText.Length > 0 ? value.AsText : null,
            _ => throw call.Error($"'scheduled_at' must be a timestamp or text, not {ValueConversions.KindName(value)}."),
        };
    }
}
