using System.Collections.Concurrent;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// Parsed templates by their text, shared by every run: a parsed template is immutable, and a template rendered in a
/// loop or by a task every minute is parsed once. Bounded: when full it starts again empty. Templates with errors are
/// not kept, so their error is reported each time.
/// </summary>
internal static class TemplateCache
{
    private const int Capacity = 256;
    private const int MaxCachedLength = 64 * 1024;
    private static readonly ConcurrentDictionary<string, TemplateDocument> Parsed = new(StringComparer.Ordinal);

    public static TemplateDocument Parse(string source)
    {
        if (Parsed.TryGetValue(source, out var cached))
            return cached;
        var template = TemplateEngine.Parse(source);
        if (source.Length > MaxCachedLength)
            return template;
        if (Parsed.Count >= Capacity)
            Parsed.Clear();
        Parsed.TryAdd(source, template);
        return template;
    }
}
