using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language;

/// <summary>A parsed script: its text, tree and the syntax diagnostics. Immutable, so it can be cached and shared.</summary>
public sealed record ParseResult(SourceText Text, ScriptDocument Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The entry point of the language front end: text in, tree and diagnostics out. Never throws on user input.</summary>
public static class XanoScriptParser
{
    public static ParseResult Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var strings = new StringTable();
        var tokens = Lexer.Tokenize(text, strings, diagnostics);
        var document = Parser.ParseDocument(tokens, diagnostics, strings);
        return new ParseResult(new SourceText(text), document, Sorted(diagnostics));
    }

    /// <summary>Parses a lone expression, as typed in a backtick or a form field; query mode enables where-clause operators.</summary>
    public static (ExpressionNode Expression, IReadOnlyList<Diagnostic> Diagnostics) ParseExpression(string text, bool queryMode = false)
    {
        var diagnostics = new List<Diagnostic>();
        var strings = new StringTable();
        var tokens = Lexer.Tokenize(text, strings, diagnostics);
        var expression = Parser.ParseStandaloneExpression(tokens, diagnostics, strings, queryMode);
        return (expression, Sorted(diagnostics));
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Start).ThenByDescending(d => d.Severity)];
}
