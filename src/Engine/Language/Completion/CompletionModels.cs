using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Completion;

public enum CompletionKind
{
    Construct,
    Clause,
    Statement,
    Keyword,
    Attribute,
    Filter,
    Variable,
    Table,
    Field,
    Type,
}

/// <summary>
/// One suggestion. <see cref="InsertText"/> is plain text, or a snippet in the common <c>${1:placeholder}</c>
/// syntax when <see cref="IsSnippet"/>.
/// </summary>
public sealed record CompletionItem(
    string Label, CompletionKind Kind, string InsertText, string? Detail = null, string? Documentation = null, bool IsSnippet = false);

/// <summary>Suggestions for a caret, and the span of the partly typed word they replace.</summary>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, SourceSpan ReplaceSpan)
{
    public static CompletionList Empty(int offset) => new([], new SourceSpan(offset, 0));
}

/// <summary>What to show when the pointer rests on a word: markdown text and the span it describes.</summary>
public sealed record HoverInfo(string Markdown, SourceSpan Span);
