using Platform.Engine.Language;
using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Completion;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Formatting;
using Platform.Engine.Language.Text;
using Platform.Engine.Runtime.Execution;

namespace Platform.Web.Services.Editor;

/// <summary>
/// The engine's language services in the editor's terms: diagnostics as markers, completion, hover and formatting,
/// with offsets turned into Monaco's 1-based lines and columns. Stateless; every editor shares it.
/// </summary>
public sealed class ScriptLanguageService
{
    /// <summary>Checks the text as the engine would before running it, including the workspace's tables.</summary>
    public EditorAnalysis Analyze(int version, string text, IWorkspaceSchema? schema)
    {
        var analysis = ScriptAnalyzer.Analyze(text, RuntimeSupport.AnalyzerOptions with { Schema = schema });
        var source = new SourceText(text);
        var markers = analysis.Diagnostics.Select(d => ToMarker(d, source)).ToList();
        return new EditorAnalysis(
            version, markers, analysis.Diagnostics.Count(d => d.IsError), analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    public EditorCompletionList Complete(string text, int line, int column, IWorkspaceSchema? schema)
    {
        var source = new SourceText(text);
        var list = CompletionService.GetCompletions(text, source.GetOffset(line, column), schema);
        return new EditorCompletionList([.. list.Items.Select(ToItem)], ToRange(list.ReplaceSpan, source));
    }

    public EditorHover? Hover(string text, int line, int column)
    {
        var source = new SourceText(text);
        return HoverService.GetHover(text, source.GetOffset(line, column)) is { } hover
            ? new EditorHover(hover.Markdown, ToRange(hover.Span, source))
            : null;
    }

    /// <summary>Formats the text; a script with syntax errors is left alone, and the first error says why.</summary>
    public EditorFormatResult Format(string text)
    {
        var result = XanoScriptFormatter.Format(text);
        if (result.Succeeded)
            return new EditorFormatResult(result.Text, null);
        var first = result.Errors[0];
        var at = new SourceText(text).GetLinePosition(first.Span.Start);
        var more = result.Errors.Count > 1 ? $" ({result.Errors.Count} syntax errors in all)" : "";
        return new EditorFormatResult(null,
            $"Not formatted: fix the syntax error first. Line {at.Line}, column {at.Column}: {first.Message}{more}");
    }

    public static EditorMarker ToMarker(Diagnostic diagnostic, SourceText source)
    {
        var range = ToRange(Visible(diagnostic.Span, source), source);
        return new EditorMarker(
            diagnostic.Code, diagnostic.Message, SeverityName(diagnostic.Severity),
            range.StartLineNumber, range.StartColumn, range.EndLineNumber, range.EndColumn);
    }

    public static EditorRange ToRange(SourceSpan span, SourceText source)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        return new EditorRange(start.Line, start.Column, end.Line, end.Column);
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        _ => "Info",
    };

    public static string KindName(CompletionKind kind) => kind switch
    {
        CompletionKind.Construct => "Class",
        CompletionKind.Clause => "Property",
        CompletionKind.Statement => "Function",
        CompletionKind.Keyword => "Keyword",
        CompletionKind.Attribute => "Field",
        CompletionKind.Filter => "Method",
        CompletionKind.Variable => "Variable",
        CompletionKind.Table => "Struct",
        CompletionKind.Field => "Field",
        _ => "TypeParameter",
    };

    // An empty span (a missing brace at the end of a line) would draw no squiggle: widen it to the character it
    // stands before, or after at the end of the text.
    private static SourceSpan Visible(SourceSpan span, SourceText source)
    {
        if (span.Length > 0 || source.Length == 0)
            return span;
        return span.Start < source.Length && source[span.Start] != '\n'
            ? new SourceSpan(span.Start, 1)
            : span.Start > 0 && source[span.Start - 1] != '\n' ? new SourceSpan(span.Start - 1, 1) : span;
    }

    private static EditorCompletionItem ToItem(CompletionItem item)
    {
        var (labelDetail, description) = item.Kind switch
        {
            // "round" + ":precision?": the row reads as the signature, the summary at its right.
            CompletionKind.Filter when FilterCatalog.Find(item.Label) is { } filter =>
                (filter.Signature[filter.Name.Length..], filter.Summary),
            CompletionKind.Attribute => (null, item.Documentation),
            _ => ((string?)null, item.Detail),
        };
        return new EditorCompletionItem(
            item.Label, KindName(item.Kind), item.InsertText, item.IsSnippet, NullIfEmpty(labelDetail), description, item.Detail, item.Documentation);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
