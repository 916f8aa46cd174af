using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Formatting;

/// <summary>The outcome of formatting text: the canonical text, or the syntax errors that stopped it.</summary>
public sealed record FormatResult(string? Text, IReadOnlyList<Diagnostic> Errors)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Prints a tree as canonical XanoScript, the way Xano exports it: two-space indentation, one statement per line,
/// clauses in Xano's order, aligned colons in multi-line objects, comments kept. Formatting is idempotent and
/// re-parsing its output gives the same tree.
/// </summary>
public static class XanoScriptFormatter
{
    /// <summary>Formats text; a script with syntax errors is left alone, since its meaning is unclear.</summary>
    public static FormatResult Format(string text)
    {
        var parse = XanoScriptParser.Parse(text);
        var errors = parse.Diagnostics.Where(d => d.IsError).ToList();
        return errors.Count > 0 ? new FormatResult(null, errors) : new FormatResult(Format(parse.Document), []);
    }

    public static string Format(ScriptDocument document)
    {
        var writer = new CodeWriter();
        var printer = new FormatPrinter(writer);
        if (document.Construct is { } construct)
            printer.Construct(construct);
        foreach (var comment in document.TrailingComments)
        {
            writer.Write(comment.Text);
            writer.NewLine();
        }
        return writer.ToString();
    }

    /// <summary>
    /// One clause as canonical text, its lines indented <paramref name="indent"/> levels and without the final line
    /// break (the task form rewrites single clauses with it and leaves the rest of the script as written).
    /// </summary>
    public static string Format(ClauseNode clause, int indent)
    {
        var writer = new CodeWriter { Indent = indent };
        new FormatPrinter(writer).Clause(clause);
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>One expression as canonical text (for the schedule form and tools that edit values).</summary>
    public static string Format(ExpressionNode expression)
    {
        var writer = new CodeWriter();
        new FormatPrinter(writer).Expression(expression);
        return writer.ToString();
    }
}
