using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Formatting;
using Platform.Engine.Language.Parsing;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Tasks.Editing;

/// <summary>A replacement of <see cref="Length"/> characters at <see cref="Start"/> by <see cref="NewText"/>.</summary>
public sealed record TextChange(int Start, int Length, string NewText)
{
    public int End => Start + Length;
}

/// <summary>
/// Turns clause rewrites into text changes that touch only those clauses: a replaced clause is printed by the
/// formatter in its own place, an added one goes where Xano's clause order puts it, a removed one takes its line
/// with it. Every comment inside or beside a clause stays in the script.
/// </summary>
internal sealed class ClauseSplicer
{
    private readonly string _script;
    private readonly ConstructNode _task;
    private readonly string _newLine;
    private readonly string _indent;
    private readonly List<TextChange> _changes = [];
    private readonly List<ValueClause> _inserts = [];
    private readonly HashSet<ClauseNode> _removed = [];

    public ClauseSplicer(string script, ConstructNode task)
    {
        _script = script;
        _task = task;
        _newLine = script.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        _indent = task.Clauses.Count > 0 && LineIndent(task.Clauses[0].Span.Start) is { Length: > 0 } first ? first : "  ";
    }

    public void Rewrite(string name, ClauseNode? old, ExpressionNode? value)
    {
        if (old is not null && value is not null)
            Replace(old, HeaderClauseValues.Clause(name, value));
        else if (old is not null)
            Remove(old);
        else if (value is not null)
            _inserts.Add(HeaderClauseValues.Clause(name, value));
    }

    /// <summary>The changes, in text order and never overlapping.</summary>
    public IReadOnlyList<TextChange> Changes()
    {
        foreach (var group in _inserts.GroupBy(Anchor))
            _changes.Add(Insert(group.Key.After, group.Key.Before, [.. group.OrderBy(c => CanonicalOrder.OfClause(c.Name))]));
        return [.. _changes.OrderBy(c => c.Start)];
    }

    public static string Apply(string script, IReadOnlyList<TextChange> changes)
    {
        var text = script;
        foreach (var change in changes.OrderByDescending(c => c.Start))
            text = string.Concat(text.AsSpan(0, change.Start), change.NewText, text.AsSpan(change.End));
        return text;
    }

    private void Replace(ClauseNode old, ValueClause clause)
    {
        var indent = LineIndent(old.Span.Start) ?? _indent;
        var kept = HeaderClauseValues.CommentsIn(clause.Value).Select(c => c.Span.Start).ToHashSet();
        var lost = CommentsIn(old.Span).Where(c => !kept.Contains(c.Span.Start));
        var prefix = string.Concat(lost.Select(c => c.Text + _newLine + indent));
        _changes.Add(new TextChange(old.Span.Start, old.Span.Length, prefix + Print(clause, indent)));
    }

    private void Remove(ClauseNode old)
    {
        _removed.Add(old);
        var lineStart = LineStart(old.Span.Start);
        var lineEnd = LineEnd(old.Span.End);
        var indent = LineIndent(old.Span.Start);
        var rest = _script[old.Span.End..lineEnd].Trim();
        if (indent is null || !(rest.Length == 0 || rest.StartsWith("//", StringComparison.Ordinal)))
        {
            _changes.Add(new TextChange(old.Span.Start, old.Span.Length, ""));
            return;
        }
        // Comments inside and after the clause stay, each on a line of its own.
        var kept = CommentsIn(SourceSpan.FromBounds(old.Span.Start, lineEnd)).Select(c => indent + c.Text + _newLine);
        var replacement = string.Concat(kept);
        var start = lineStart;
        var end = Math.Min(NextLineStart(lineEnd), _script.Length);
        if (replacement.Length == 0 && IsBlankLineBefore(start))
        {
            if (IsBlankLine(end))
                end = NextLineStart(LineEnd(end));
            else if (_script.AsSpan(end).TrimStart(" \t").StartsWith("}"))
                start = LineStart(start - 1);
        }
        _changes.Add(new TextChange(start, end - start, replacement));
    }

    /// <summary>
    /// Where a new clause goes: after the staying clause that comes last before it in Xano's order, else before the
    /// first staying clause, else right after the opening brace.
    /// </summary>
    private (ClauseNode? After, ClauseNode? Before) Anchor(ValueClause clause)
    {
        var order = CanonicalOrder.OfClause(clause.Name);
        var staying = _task.Clauses.Where(c => !_removed.Contains(c)).ToList();
        var after = staying.Where(c => CanonicalOrder.OfClause(c.Name) <= order).MaxBy(c => CanonicalOrder.OfClause(c.Name));
        return (after, after is null ? staying.MinBy(c => CanonicalOrder.OfClause(c.Name)) : null);
    }

    private TextChange Insert(ClauseNode? after, ClauseNode? before, List<ValueClause> clauses)
    {
        var lines = string.Join(_newLine, clauses.Select(c => _indent + Print(c, _indent)));
        if (after is not null)
        {
            var at = LineEnd(after.Span.End);
            var blank = after is not ValueClause ? _newLine : "";
            return new TextChange(at, 0, _newLine + blank + lines);
        }
        if (before is not null)
        {
            var first = before.Trivia.Leading.Where(c => c.Span.Start < before.Span.Start).Select(c => c.Span.Start).DefaultIfEmpty(before.Span.Start).Min();
            var blank = before is not ValueClause ? _newLine : "";
            return new TextChange(LineStart(first), 0, lines + _newLine + blank);
        }
        var brace = _script.IndexOf('{', _task.Name?.Span.End ?? _task.KeywordSpan.End);
        return new TextChange(brace + 1, 0, _newLine + lines);
    }

    /// <summary>The clause as the formatter prints it, its continuation lines indented like the line it starts on.</summary>
    private string Print(ValueClause clause, string indent)
    {
        var lines = XanoScriptFormatter.Format(clause, 1).Split('\n');
        lines[0] = lines[0].TrimStart(' ');
        for (var i = 1; i < lines.Length; i++)
            lines[i] = lines[i].StartsWith("  ", StringComparison.Ordinal) ? indent + lines[i][2..] : lines[i];
        return string.Join(_newLine, lines);
    }

    // A clause starts and ends on token boundaries, so its text lexes alone; the whole script is never lexed again.
    private IEnumerable<Comment> CommentsIn(SourceSpan span) =>
        Lexer.Tokenize(_script.Substring(span.Start, span.Length), new List<Diagnostic>())
            .Where(t => t.Kind == TokenKind.Comment)
            .Select(t => new Comment(t.Text, new SourceSpan(t.Span.Start + span.Start, t.Span.Length)));

    private int LineStart(int position) => position <= 0 ? 0 : _script.LastIndexOf('\n', position - 1) + 1;

    /// <summary>Where the line holding the position ends: before its line break, or at the end of the text.</summary>
    private int LineEnd(int position)
    {
        var newLine = _script.IndexOf('\n', position);
        if (newLine < 0)
            return _script.Length;
        return newLine > 0 && _script[newLine - 1] == '\r' ? newLine - 1 : newLine;
    }

    private int NextLineStart(int lineEnd)
    {
        var newLine = _script.IndexOf('\n', lineEnd);
        return newLine < 0 ? _script.Length : newLine + 1;
    }

    /// <summary>The spaces before a position when only spaces precede it on its line; null otherwise.</summary>
    private string? LineIndent(int position)
    {
        var start = LineStart(position);
        var before = _script[start..position];
        return before.All(c => c is ' ' or '\t') ? before : null;
    }

    private bool IsBlankLine(int lineStart) =>
        lineStart < _script.Length && string.IsNullOrWhiteSpace(_script[lineStart..LineEnd(lineStart)]);

    private bool IsBlankLineBefore(int lineStart) => lineStart > 0 && IsBlankLine(LineStart(lineStart - 1));
}
