using System.Collections.Frozen;
using Platform.Engine.Language;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Ports;

namespace Platform.Engine.Runtime.Functions;

/// <summary>
/// The functions of a workspace held in memory, by the name in each function's header (<c>function "math/add"</c>),
/// built once from parsed scripts. Used by tests and by <c>xs run</c>, which loads function files beside a task.
/// </summary>
public sealed class InMemoryFunctionLibrary : IFunctionLibrary
{
    private readonly FrozenDictionary<string, ParseResult> _functions;

    /// <summary>
    /// Every script must be a function without syntax errors, and names must be unique; otherwise an
    /// <see cref="ArgumentException"/> says which script is at fault.
    /// </summary>
    public InMemoryFunctionLibrary(IEnumerable<ParseResult> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var functions = new Dictionary<string, ParseResult>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            var name = NameOf(script);
            if (!functions.TryAdd(name, script))
                throw new ArgumentException($"Two scripts define the function '{name}'.", nameof(scripts));
        }
        _functions = functions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static InMemoryFunctionLibrary Empty { get; } = new([]);

    /// <summary>Parses each text as a function script.</summary>
    public static InMemoryFunctionLibrary FromSources(IEnumerable<string> sources) => new(sources.Select(XanoScriptParser.Parse));

    public IEnumerable<string> Names => _functions.Keys;

    /// <summary>The parsed script of a function: its text, for placing positions inside it.</summary>
    public ParseResult? Script(string name) => _functions.GetValueOrDefault(name);

    public ValueTask<FunctionScript?> FindAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_functions.GetValueOrDefault(name) is { Document.Construct: { } construct } script ? new FunctionScript(construct, script.Text) : null);

    private static string NameOf(ParseResult script)
    {
        if (script.Document.Construct is not { Keyword: "function" } construct || construct.Name is not { } name)
            throw new ArgumentException("Only function scripts (function name { … }) can be added to a function library.", nameof(script));
        if (script.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            var position = script.Text.GetLinePosition(error.Span.Start);
            throw new ArgumentException($"The function '{name.Name}' has errors: {position.Line}:{position.Column}: {error.Message}", nameof(script));
        }
        return name.Name;
    }
}
