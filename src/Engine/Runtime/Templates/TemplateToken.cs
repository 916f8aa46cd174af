namespace Platform.Engine.Runtime.Templates;

internal enum TemplateTokenKind
{
    /// <summary>Literal text between tags, already trimmed by whitespace control.</summary>
    Text,

    /// <summary><c>{{</c></summary>
    PrintStart,

    /// <summary><c>}}</c></summary>
    PrintEnd,

    /// <summary><c>{%</c></summary>
    TagStart,

    /// <summary><c>%}</c></summary>
    TagEnd,
    Name,
    Number,
    String,

    /// <summary>Punctuation and symbolic operators: <c>. , : | ( ) [ ] { } ? = + - * / // % ** ~ == != &lt; &gt; &lt;= &gt;= ?? ?: ..</c></summary>
    Symbol,
    End,
}

/// <summary>One token of a template, with the line it starts on (1-based).</summary>
internal readonly record struct TemplateToken(TemplateTokenKind Kind, string Text, int Line)
{
    public bool Is(TemplateTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsSymbol(string text) => Is(TemplateTokenKind.Symbol, text);

    public bool IsName(string text) => Is(TemplateTokenKind.Name, text);

    public string Describe() => Kind switch
    {
        TemplateTokenKind.End => "the end of the template",
        TemplateTokenKind.PrintEnd => "'}}'",
        TemplateTokenKind.TagEnd => "'%}'",
        TemplateTokenKind.String => $"the text \"{Text}\"",
        _ => $"'{Text}'",
    };
}
