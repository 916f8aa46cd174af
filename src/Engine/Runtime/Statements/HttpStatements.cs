using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// api.request (reference §6.6): params go in the query string of GET, DELETE and HEAD requests and in a JSON body
/// otherwise; headers are "Name: value" strings; the result is <c>{request, response: {status, headers, result}}</c>
/// with a JSON body decoded. An error status is a normal result; only a request that got no answer is an error.
/// </summary>
internal static class HttpStatements
{
    private static readonly string[] QueryMethods = ["GET", "DELETE", "HEAD"];
    private static readonly string[] TlsFiles = ["ca_certificate", "certificate", "certificate_pass", "private_key", "private_key_pass"];

    public static void Register(StatementRegistry registry) => registry.Add("api.request", RequestAsync);

    private static async ValueTask<XsValue> RequestAsync(StatementCall call)
    {
        if (TlsFiles.FirstOrDefault(name => call.Text(name).Length > 0) is { } tls)
            throw call.Error($"'{tls}' is not supported by this server yet.");
        var method = call.Text("method").ToUpperInvariant();
        if (call.Schema.FindAttribute("method")?.AllowedValues is { } methods && !methods.Contains(method))
            throw call.Error($"'method' must be one of {string.Join(", ", methods)}, not \"{method}\".");
        var parameters = call.Attribute("params");
        var headerLines = HeaderLines(call);
        var headers = headerLines.Select(line => ParseHeader(call, line)).ToList();
        var url = Url(call, method, parameters);
        var body = QueryMethods.Contains(method) ? null : Body(parameters, headers);
        if (body is not null && !headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            headers.Add(new("Content-Type", "application/json"));
        var request = new HttpRequestData(method, url, headers, body, Timeout(call),
            call.Flag("follow_location"), call.Flag("verify_peer") && call.Flag("verify_host"));
        call.Run.CountRequest(call.Node.KeywordSpan);
        HttpResponseData response;
        try
        {
            response = await call.Http.SendAsync(request, call.CancellationToken);
        }
        catch (HttpGatewayException failure)
        {
            throw call.Error(failure.Message);
        }
        return Result(url, method, headerLines, parameters, response);
    }

    private static Uri Url(StatementCall call, string method, XsValue parameters)
    {
        var text = call.Text("url");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw call.Error($"'url' must be an absolute http or https address, not \"{text}\".");
        if (!QueryMethods.Contains(method) || parameters.Kind != ValueKind.Object || parameters.AsObject.Count == 0)
            return url;
        var query = string.Join('&', parameters.AsObject.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(FormText(p.Value))));
        var builder = new UriBuilder(url) { Query = url.Query.Length > 1 ? url.Query[1..] + "&" + query : query };
        return builder.Uri;
    }

    // A text body is sent as it is; an object as form fields when the headers ask for a form, otherwise as JSON.
    private static string? Body(XsValue parameters, List<KeyValuePair<string, string>> headers)
    {
        if (parameters.IsNull || (parameters.Kind == ValueKind.Object && parameters.AsObject.Count == 0))
            return null;
        if (parameters.Kind == ValueKind.Text)
            return parameters.AsText;
        var form = headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            && h.Value.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));
        return form && parameters.Kind == ValueKind.Object
            ? string.Join('&', parameters.AsObject.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(FormText(p.Value))))
            : JsonValues.Serialize(parameters);
    }

    // Lists and objects inside a query string or form travel as JSON text.
    private static string FormText(XsValue value) =>
        value.Kind is ValueKind.Array or ValueKind.Object ? JsonValues.Serialize(value) : ValueConversions.ToText(value);

    private static List<string> HeaderLines(StatementCall call)
    {
        var headers = call.Attribute("headers");
        if (headers.IsNull)
            return [];
        if (headers.Kind != ValueKind.Array || headers.AsArray.Any(h => h.Kind != ValueKind.Text))
            throw call.Error($"'headers' must be a list of \"Name: value\" texts, not {ValueConversions.KindName(headers)}.");
        return [.. headers.AsArray.Select(h => h.AsText)];
    }

    private static KeyValuePair<string, string> ParseHeader(StatementCall call, string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || line[..colon].Any(c => c <= ' ' || c >= 127) || line.Any(c => c is '\r' or '\n'))
            throw call.Error($"the header \"{line}\" is not of the form \"Name: value\".");
        return new(line[..colon], line[(colon + 1)..].Trim());
    }

    private static TimeSpan Timeout(StatementCall call)
    {
        var seconds = call.Number("timeout");
        if (!(seconds > 0))
            throw call.Error($"'timeout' must be a positive number of seconds, not {seconds}.");
        // No request outlives the run that makes it.
        return TimeSpan.FromSeconds(Math.Min(seconds, call.Run.Limits.WallTime.TotalSeconds + 1));
    }

    private static XsValue Result(Uri url, string method, List<string> headers, XsValue parameters, HttpResponseData response)
    {
        var request = new XsObject.Builder();
        request.Set("url", XsValue.Text(url.AbsoluteUri));
        request.Set("method", XsValue.Text(method));
        request.Set("headers", XsValue.Array(XsArray.Create(headers.Select(XsValue.Text))));
        request.Set("params", parameters);
        var answer = new XsObject.Builder();
        answer.Set("status", XsValue.Int(response.Status));
        answer.Set("headers", XsValue.Array(XsArray.Create(response.Headers.Select(h => XsValue.Text($"{h.Key}: {h.Value}")))));
        answer.Set("result", Decode(response));
        var result = new XsObject.Builder();
        result.Set("request", XsValue.Object(request.ToObject()));
        result.Set("response", XsValue.Object(answer.ToObject()));
        return XsValue.Object(result.ToObject());
    }

    // A body that says it is JSON is decoded (an empty one is null); anything else stays text.
    private static XsValue Decode(HttpResponseData response)
    {
        var type = response.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "";
        if (!type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return XsValue.Text(response.Body);
        if (response.Body.Length == 0)
            return XsValue.Null;
        return JsonValues.TryParse(response.Body, out var decoded) ? decoded : XsValue.Text(response.Body);
    }
}
