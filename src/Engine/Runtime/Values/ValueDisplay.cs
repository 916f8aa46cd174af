using System.Globalization;
using System.Text;

namespace Platform.Engine.Runtime.Values;

/// <summary>
/// Values as people read them in logs and run results: JSON, except that timestamps show as UTC ISO text, text keeps
/// its characters (an emoji stays an emoji, not <c>\uD83D\uDE00</c>), and a size cap keeps huge values readable.
/// </summary>
public static class ValueDisplay
{
    public static string Format(XsValue value, int maxLength = 100_000)
    {
        var builder = new StringBuilder();
        Append(builder, value, maxLength);
        return builder.Length > maxLength ? builder.ToString(0, maxLength) + "…" : builder.ToString();
    }

    /// <summary>User text quoted in a message: whole when short, else its start and an ellipsis.</summary>
    public static string Excerpt(string text, int maxLength = 60) =>
        text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    public static string FormatTimestamp(long epochMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(epochMilliseconds, -62135596800000, 253402300799999))
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder builder, XsValue value, int maxLength)
    {
        if (builder.Length > maxLength)
            return;
        switch (value.Kind)
        {
            case ValueKind.Timestamp:
                builder.Append(FormatTimestamp(value.AsInt));
                break;
            case ValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in value.AsArray)
                {
                    if (!first)
                        builder.Append(',');
                    first = false;
                    Append(builder, item, maxLength);
                    if (builder.Length > maxLength)
                        return;
                }
                builder.Append(']');
                break;
            case ValueKind.Object:
                builder.Append('{');
                var firstEntry = true;
                foreach (var (key, item) in value.AsObject)
                {
                    if (!firstEntry)
                        builder.Append(',');
                    firstEntry = false;
                    AppendQuoted(builder, key);
                    builder.Append(':');
                    Append(builder, item, maxLength);
                    if (builder.Length > maxLength)
                        return;
                }
                builder.Append('}');
                break;
            case ValueKind.Text:
                AppendQuoted(builder, value.AsText);
                break;
            default:
                builder.Append(JsonValues.Serialize(value));
                break;
        }
    }

    // JSON string rules, escaping only what JSON requires (quote, backslash, control characters).
    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or '\u007f':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
