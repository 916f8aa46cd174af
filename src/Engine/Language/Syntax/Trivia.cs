namespace Platform.Engine.Language.Syntax;

/// <summary>
/// The comments that belong to one item of a list (a clause, statement, attribute, entry or element): those on
/// the lines before it, and the one after it on its last line.
/// </summary>
/// <param name="BlankLineBefore">The author left an empty line before the item; the formatter keeps one.</param>
public sealed record Trivia(IReadOnlyList<Comment> Leading, Comment? Trailing, bool BlankLineBefore = false)
{
    public static readonly Trivia None = new([], null);

    public bool IsEmpty => Leading.Count == 0 && Trailing is null && !BlankLineBefore;
}
