using System.Text;
using System.Text.Json;

namespace Platform.Engine.Scheduling;

/// <summary>
/// Where each value of a JSON document starts, by path (<c>$.retry.count</c>, <c>$.cron[0]</c>), so messages about
/// a value's meaning can point at it the way the parser's own messages point at bad syntax.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _starts = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    public (int Line, int Column) Of(string path) => _starts.TryGetValue(path, out var at) ? at : (1, 1);

    /// <summary>The positions of a document that <see cref="JsonDocument"/> has already accepted.</summary>
    public static JsonPositions Read(byte[] utf8)
    {
        var positions = new JsonPositions();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = $"{containers.Peek().Path}.{reader.GetString()}";
                positions._starts[pendingProperty] = Locate(utf8, reader.TokenStartIndex);
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }
            var path = ValuePath(containers, pendingProperty);
            pendingProperty = null;
            positions._starts.TryAdd(path, Locate(utf8, reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                containers.Push((path, 0, reader.TokenType == JsonTokenType.StartArray));
        }
        return positions;
    }

    private static string ValuePath(Stack<(string Path, int NextIndex, bool IsArray)> containers, string? property)
    {
        if (containers.Count == 0)
            return "$";
        if (!containers.Peek().IsArray)
            return property ?? containers.Peek().Path;
        var (path, index, _) = containers.Pop();
        containers.Push((path, index + 1, true));
        return $"{path}[{index}]";
    }

    private static (int Line, int Column) Locate(byte[] utf8, long offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
                (line, column) = (line + 1, 1);
            else if ((utf8[i] & 0xC0) != 0x80)
                column++;
        }
        return (line, column);
    }

    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);
}
