using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Formats;

/// <summary>URL pieces as PHP handles them: urlencode/rawurlencode, parse_url, parse_str, and query arguments.</summary>
public static partial class UrlText
{
    /// <summary>Percent-encodes the bytes of the text: PHP's urlencode (space as +), or rawurlencode per RFC 3986 (~ kept, space as %20).</summary>
    public static string Encode(string text, bool rfc3986)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var b in ByteText.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' || (rfc3986 && c == '~'))
                builder.Append(c);
            else if (c == ' ' && !rfc3986)
                builder.Append('+');
            else
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Decodes %XX escapes (and + as a space unless <paramref name="rfc3986"/>); a malformed escape stays as it is.</summary>
    public static string Decode(string text, bool rfc3986)
    {
        var bytes = new List<byte>(text.Length);
        var source = ByteText.GetBytes(text);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '%' && i + 2 < source.Length && IsHex(source[i + 1]) && IsHex(source[i + 2]))
            {
                bytes.Add(Convert.FromHexString([(char)source[i + 1], (char)source[i + 2]])[0]);
                i += 2;
            }
            else
                bytes.Add(source[i] == '+' && !rfc3986 ? (byte)' ' : source[i]);
        }
        return ByteText.FromBytes([.. bytes]);
    }

    /// <summary>PHP parse_url's parts, every key present: scheme, host, port, user, pass, path, query, fragment (null when absent).</summary>
    public static XsObject Parse(string url)
    {
        var match = UrlPattern().Match(url);
        XsValue Part(string name) => match.Groups[name].Success ? XsValue.Text(match.Groups[name].Value) : XsValue.Null;
        var port = match.Groups["port"].Success && long.TryParse(match.Groups["port"].Value, CultureInfo.InvariantCulture, out var number)
            ? XsValue.Int(number) : XsValue.Null;
        var path = match.Groups["path"].Value;
        return XsObject.Empty
            .Set("scheme", Part("scheme"))
            .Set("host", Part("host"))
            .Set("port", port)
            .Set("user", Part("user"))
            .Set("pass", Part("pass"))
            .Set("path", path.Length > 0 ? XsValue.Text(path) : XsValue.Null)
            .Set("query", Part("query"))
            .Set("fragment", Part("fragment"));
    }

    /// <summary>A URL split into what comes before its query, its query arguments as raw "name=value" pieces, and its "#fragment".</summary>
    public static (string Head, List<string> Arguments, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? url[hash..] : "";
        var rest = hash >= 0 ? url[..hash] : url;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
            return (rest, [], fragment);
        var arguments = rest[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).ToList();
        return (rest[..question], arguments, fragment);
    }

    public static string Join(string head, IEnumerable<string> arguments, string fragment)
    {
        var query = string.Join('&', arguments);
        return head + (query.Length > 0 ? "?" + query : "") + fragment;
    }

    /// <summary>The decoded name of a raw "name=value" argument.</summary>
    public static string ArgumentName(string argument) => Decode(argument.Split('=', 2)[0], rfc3986: false);

    public static string ArgumentValue(string argument) => argument.Split('=', 2) is [_, var value] ? Decode(value, rfc3986: false) : "";

    /// <summary>
    /// PHP's parse_str: "a=1&b=2" is {a: "1", b: "2"}; "tags[]=x&tags[]=y" is a list; "user[name]=Ann" a nested object.
    /// Values stay text. A later plain key replaces an earlier one.
    /// </summary>
    public static XsValue ParseQuery(string query)
    {
        var root = new QueryNode();
        foreach (var argument in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = ArgumentName(argument);
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var path = new List<string?> { bracket > 0 ? name[..bracket] : name };
            if (bracket > 0)
            {
                foreach (Match key in BracketPattern().Matches(name[bracket..]))
                    path.Add(key.Groups[1].Value.Length == 0 ? null : key.Groups[1].Value);
            }
            root.Set(path, 0, XsValue.Text(ArgumentValue(argument)));
        }
        return root.ToValue();
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    [GeneratedRegex(@"^(?:(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):)?(?://(?:(?<user>[^:@/?#]*)(?::(?<pass>[^@/?#]*))?@)?(?<host>\[[^\]]*\]|[^:/?#]*)(?::(?<port>\d+))?)?(?<path>[^?#]*)(?:\?(?<query>[^#]*))?(?:#(?<fragment>.*))?$", RegexOptions.Singleline)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketPattern();

    /// <summary>One level of a parse_str result: keys in first-seen order; "[]" appends the next index.</summary>
    private sealed class QueryNode
    {
        private readonly List<(string Key, object Value)> _entries = [];
        private long _nextIndex;

        public bool IsList => _entries.All(e => long.TryParse(e.Key, CultureInfo.InvariantCulture, out _)) && _entries.Count > 0
            && _entries.Select((e, i) => e.Key == i.ToString(CultureInfo.InvariantCulture)).All(same => same);

        public void Set(List<string?> path, int depth, XsValue value)
        {
            var key = path[depth] ?? (_nextIndex++).ToString(CultureInfo.InvariantCulture);
            if (long.TryParse(key, CultureInfo.InvariantCulture, out var index) && index >= _nextIndex)
                _nextIndex = index + 1;
            var position = _entries.FindIndex(e => e.Key == key);
            if (depth == path.Count - 1)
            {
                if (position >= 0)
                    _entries[position] = (key, value);
                else
                    _entries.Add((key, value));
                return;
            }
            if (position < 0 || _entries[position].Value is not QueryNode)
            {
                if (position >= 0)
                    _entries.RemoveAt(position);
                _entries.Add((key, new QueryNode()));
                position = _entries.Count - 1;
            }
            ((QueryNode)_entries[position].Value).Set(path, depth + 1, value);
        }

        public XsValue ToValue()
        {
            static XsValue Of(object value) => value is QueryNode node ? node.ToValue() : (XsValue)value;
            return IsList
                ? XsValue.Array(XsArray.Create(_entries.Select(e => Of(e.Value))))
                : XsValue.Object(XsObject.Create(_entries.Select(e => new KeyValuePair<string, XsValue>(e.Key, Of(e.Value)))));
        }
    }
}
