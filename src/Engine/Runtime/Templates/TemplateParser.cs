namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// Turns template tokens into an immutable tree. Tags nest at most <see cref="MaxDepth"/> deep (so does an
/// expression), so a hostile template gets an error, not a stack overflow. The expression grammar is in
/// TemplateParser.Expressions.cs.
/// </summary>
internal sealed partial class TemplateParser
{
    public const int MaxDepth = 100;

    private static readonly string[] Unsupported =
        ["block", "extends", "include", "embed", "macro", "import", "from", "use", "apply", "with", "autoescape", "verbatim", "do", "flush", "sandbox", "deprecated", "guard", "cache"];

    private static readonly string[] Closers = ["endif", "endfor", "endset", "else", "elseif"];

    private readonly IReadOnlyList<TemplateToken> _tokens;
    private int _index;
    private int _depth;
    private int _expressionDepth;

    private TemplateParser(IReadOnlyList<TemplateToken> tokens) => _tokens = tokens;

    public static TemplateDocument Parse(string source)
    {
        var parser = new TemplateParser(TemplateLexer.Tokenize(source));
        var (body, _) = parser.ParseBody(null, []);
        return new TemplateDocument(body);
    }

    private TemplateToken Current => _tokens[_index];

    private TemplateToken Next() => _tokens[_index++];

    /// <summary>Nodes up to one of the closing tags (returned, with its tag already read), or the end when <paramref name="opener"/> is null.</summary>
    private (List<TemplateNode> Nodes, string? Closer) ParseBody(TemplateToken? opener, string[] closers)
    {
        var nodes = new List<TemplateNode>();
        while (true)
        {
            var token = Next();
            switch (token.Kind)
            {
                case TemplateTokenKind.End when opener is { } open:
                    throw new TemplateException($"'{{% {open.Text} %}}' is never closed: expected '{{% {closers[^1]} %}}'.", open.Line);
                case TemplateTokenKind.End:
                    return (nodes, null);
                case TemplateTokenKind.Text:
                    nodes.Add(new TextNode(token.Text, token.Line));
                    break;
                case TemplateTokenKind.PrintStart:
                    var value = ParseExpression();
                    Expect(TemplateTokenKind.PrintEnd, "'}}'");
                    nodes.Add(new PrintNode(value, token.Line));
                    break;
                default:
                    var name = Expect(TemplateTokenKind.Name, "a tag name such as if, for or set");
                    if (closers.Contains(name.Text))
                        return (nodes, name.Text);
                    if (Closers.Contains(name.Text))
                        throw Misplaced(name, opener, closers);
                    nodes.Add(ParseTag(name));
                    break;
            }
        }
    }

    private TemplateNode ParseTag(TemplateToken name)
    {
        if (++_depth > MaxDepth)
            throw new TemplateException($"Tags are nested more than {MaxDepth} deep.", name.Line);
        try
        {
            return name.Text switch
            {
                "if" => ParseIf(name),
                "for" => ParseFor(name),
                "set" => ParseSet(name),
                _ when Unsupported.Contains(name.Text) =>
                    throw new TemplateException($"The tag '{name.Text}' is not supported by this template engine.", name.Line),
                _ => throw new TemplateException($"Unknown tag '{name.Text}'.", name.Line),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private static TemplateException Misplaced(TemplateToken name, TemplateToken? opener, string[] closers) => opener is { } open
        ? new TemplateException($"Expected '{{% {closers[^1]} %}}' to close '{{% {open.Text} %}}' from line {open.Line}, but found '{{% {name.Text} %}}'.", name.Line)
        : new TemplateException($"'{{% {name.Text} %}}' has no opening tag to close.", name.Line);

    private IfNode ParseIf(TemplateToken opener)
    {
        var branches = new List<IfBranch>();
        var condition = ParseExpression();
        while (true)
        {
            Expect(TemplateTokenKind.TagEnd, "'%}'");
            var (body, closer) = ParseBody(opener, ["elseif", "else", "endif"]);
            branches.Add(new IfBranch(condition, body));
            switch (closer)
            {
                case "elseif":
                    condition = ParseExpression();
                    continue;
                case "else":
                    Expect(TemplateTokenKind.TagEnd, "'%}'");
                    var (otherwise, _) = ParseBody(opener, ["endif"]);
                    Expect(TemplateTokenKind.TagEnd, "'%}'");
                    return new IfNode(branches, otherwise, opener.Line);
                default:
                    Expect(TemplateTokenKind.TagEnd, "'%}'");
                    return new IfNode(branches, [], opener.Line);
            }
        }
    }

    private ForNode ParseFor(TemplateToken opener)
    {
        var first = VariableName();
        string? key = null;
        var value = first;
        if (Current.IsSymbol(","))
        {
            _index++;
            (key, value) = (first, VariableName());
        }
        if (!Current.IsName("in"))
            throw new TemplateException($"Expected 'in' after the loop variable but found {Current.Describe()}.", Current.Line);
        _index++;
        var source = ParseExpression();
        Expect(TemplateTokenKind.TagEnd, "'%}'");
        var (body, closer) = ParseBody(opener, ["else", "endfor"]);
        IReadOnlyList<TemplateNode> otherwise = [];
        if (closer == "else")
        {
            Expect(TemplateTokenKind.TagEnd, "'%}'");
            (otherwise, _) = ParseBody(opener, ["endfor"]);
        }
        Expect(TemplateTokenKind.TagEnd, "'%}'");
        return new ForNode(key, value, source, body, otherwise, opener.Line);
    }

    private SetNode ParseSet(TemplateToken opener)
    {
        var name = VariableName();
        if (Current.IsSymbol("="))
        {
            _index++;
            var value = ParseExpression();
            Expect(TemplateTokenKind.TagEnd, "'%}'");
            return new SetNode(name, value, [], opener.Line);
        }
        Expect(TemplateTokenKind.TagEnd, "'=' or '%}'");
        var (body, _) = ParseBody(opener, ["endset"]);
        Expect(TemplateTokenKind.TagEnd, "'%}'");
        return new SetNode(name, null, body, opener.Line);
    }

    private string VariableName()
    {
        var token = Expect(TemplateTokenKind.Name, "a variable name");
        return TemplateScope.Normalize(token.Text);
    }

    private TemplateToken Expect(TemplateTokenKind kind, string what)
    {
        var token = Current;
        if (token.Kind != kind)
            throw new TemplateException($"Expected {what} but found {token.Describe()}.", token.Line);
        _index++;
        return token;
    }
}
