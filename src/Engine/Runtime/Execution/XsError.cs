using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// A XanoScript error: what <c>$error</c> holds in a catch and what a failed run reports —
/// <c>{code, message, name, result, payload}</c> (reference §11).
/// </summary>
public sealed record XsError(string Code, string Message, string? Name = null, XsValue Result = default, XsValue Payload = default)
{
    public const string Fatal = "ERROR_FATAL";
    public const string InputError = "ERROR_CODE_INPUT_ERROR";
    public const string BadRequest = "ERROR_CODE_BAD_REQUEST";
    public const string Unauthorized = "ERROR_CODE_UNAUTHORIZED";
    public const string AccessDenied = "ERROR_CODE_ACCESS_DENIED";
    public const string NotFound = "ERROR_CODE_NOT_FOUND";
    public const string TooManyRequests = "ERROR_CODE_TOO_MANY_REQUESTS";

    /// <summary>The code a precondition's <c>error_type</c> raises.</summary>
    public static string CodeForType(string errorType) => errorType switch
    {
        "inputerror" => InputError,
        "badrequest" => BadRequest,
        "unauthorized" => Unauthorized,
        "accessdenied" => AccessDenied,
        "notfound" => NotFound,
        "toomanyrequests" => TooManyRequests,
        _ => Fatal,
    };

    public XsValue ToValue()
    {
        var builder = new XsObject.Builder();
        builder.Set("code", XsValue.Text(Code));
        builder.Set("message", XsValue.Text(Message));
        builder.Set("name", XsValue.Text(Name));
        builder.Set("result", Result);
        builder.Set("payload", Payload);
        return XsValue.Object(builder.ToObject());
    }
}
