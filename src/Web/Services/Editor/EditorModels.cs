namespace Platform.Web.Services.Editor;

/// <summary>A range in Monaco's terms: 1-based lines and columns, the end column just past the last character.</summary>
public sealed record EditorRange(int StartLineNumber, int StartColumn, int EndLineNumber, int EndColumn);

/// <summary>
/// One diagnostic as a Monaco marker. <see cref="Severity"/> names a member of <c>monaco.MarkerSeverity</c>
/// ("Error", "Warning", "Info"), so the browser maps it without knowing the numbers.
/// </summary>
public sealed record EditorMarker(
    string Code, string Message, string Severity, int StartLineNumber, int StartColumn, int EndLineNumber, int EndColumn);

/// <summary>The markers for one analysis request; <see cref="Version"/> is the request's number, rising per editor.</summary>
public sealed record EditorAnalysis(int Version, IReadOnlyList<EditorMarker> Markers, int ErrorCount, int WarningCount);

/// <summary>
/// One suggestion as Monaco shows it: <see cref="Kind"/> names a member of <c>monaco.languages.CompletionItemKind</c>;
/// <see cref="LabelDetail"/> follows the label (a filter's parameters) and <see cref="Description"/> is the summary at
/// the row's right; <see cref="Documentation"/> is markdown for the details pane.
/// </summary>
public sealed record EditorCompletionItem(
    string Label, string Kind, string InsertText, bool IsSnippet, string? LabelDetail, string? Description, string? Detail,
    string? Documentation);

/// <summary>Suggestions and the range of the partly typed word they replace.</summary>
public sealed record EditorCompletionList(IReadOnlyList<EditorCompletionItem> Items, EditorRange Range);

public sealed record EditorHover(string Markdown, EditorRange Range);

/// <summary>The formatted text, or why the text was left as it is.</summary>
public sealed record EditorFormatResult(string? Text, string? Refusal);
