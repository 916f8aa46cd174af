using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Mail;

/// <summary>
/// Sends util.send_email messages with service_provider "resend" through Resend's API (POST {base}/emails with the
/// script's api_key as bearer token), over the same gateway and network policy as api.request. Answers what Resend
/// answers (<c>{id}</c>).
/// </summary>
public sealed class ResendMailer(IHttpGateway gateway, Uri? baseUrl = null) : IMailer
{
    public static readonly Uri DefaultBaseUrl = new("https://api.resend.com/");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async ValueTask<XsValue> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var url = new Uri(Directory(baseUrl ?? DefaultBaseUrl), "emails");
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Authorization", $"Bearer {message.ApiKey}"),
            new("Content-Type", "application/json"),
        };
        HttpResponseData response;
        try
        {
            response = await gateway.SendAsync(new HttpRequestData("POST", url, headers, JsonValues.Serialize(Body(message)), Timeout), cancellationToken);
        }
        catch (HttpGatewayException failure)
        {
            throw new MailDeliveryException(failure.Message, failure);
        }
        var answer = JsonValues.TryParse(response.Body, out var parsed) ? parsed : XsValue.Text(response.Body);
        if (response.Status is < 200 or > 299)
        {
            var reason = answer.Kind == ValueKind.Object && answer.AsObject.Get("message") is { Kind: ValueKind.Text } text ? text.AsText : response.Body;
            throw new MailDeliveryException($"Resend refused the message ({response.Status}): {reason}");
        }
        return answer;
    }

    // "https://host/v1" and "https://host/v1/" both mean the folder v1.
    private static Uri Directory(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    // Resend's fields: from, to, subject, html, cc, bcc, reply_to, scheduled_at (empty ones are left out).
    private static XsValue Body(EmailMessage message)
    {
        var body = new XsObject.Builder();
        body.Set("from", XsValue.Text(message.From));
        body.Set("to", Texts(message.To));
        body.Set("subject", XsValue.Text(message.Subject));
        body.Set("html", XsValue.Text(message.Message));
        if (message.Cc.Count > 0)
            body.Set("cc", Texts(message.Cc));
        if (message.Bcc.Count > 0)
            body.Set("bcc", Texts(message.Bcc));
        if (message.ReplyTo is { Length: > 0 } replyTo)
            body.Set("reply_to", XsValue.Text(replyTo));
        if (message.ScheduledAt is { Length: > 0 } scheduledAt)
            body.Set("scheduled_at", XsValue.Text(scheduledAt));
        return XsValue.Object(body.ToObject());
    }

    private static XsValue Texts(IEnumerable<string> items) => XsValue.Array(XsArray.Create(items.Select(XsValue.Text)));
}
