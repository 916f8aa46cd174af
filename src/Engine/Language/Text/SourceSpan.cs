namespace Platform.Engine.Language.Text;

/// <summary>A range of characters in a script: where a token, node or diagnostic is.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>The smallest span that covers both.</summary>
    public SourceSpan Union(SourceSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the position is inside or right at the end, as a caret after the last character is.</summary>
    public bool Touches(int position) => position >= Start && position <= End;

    public override string ToString() => $"[{Start}..{End})";
}
