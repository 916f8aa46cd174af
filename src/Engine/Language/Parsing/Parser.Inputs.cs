using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Parsing;

internal sealed partial class Parser
{
    public static readonly IReadOnlySet<string> InputTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "int", "decimal", "text", "bool", "email", "password", "uuid", "timestamp", "date", "json", "vector", "enum",
        "object", "file", "image", "video", "audio", "attachment", "geo_point", "geo_multipoint", "geo_linestring",
        "geo_multilinestring", "geo_polygon", "geo_multipolygon", "dblink",
    };

    private InputBlock ParseInputBlock()
    {
        if (!TryEnter())
            return new InputBlock([], [], SpanOf(Previous));
        try
        {
            var list = WithLinesSignificant(() => ParseList<InputField>(TokenKind.CloseBrace, Separation.Lines, _ => ParseInputField()));
            return new InputBlock(list.Items, list.Dangling, list.Span);
        }
        finally
        {
            Leave();
        }
    }

    // type[bounds]? name?=default filters=f1|f2:arg { attributes, schema { … } }
    private Func<Trivia, InputField>? ParseInputField()
    {
        var typeToken = Current;
        if (typeToken.Kind != TokenKind.Identifier)
        {
            Report(DiagnosticCatalog.ExpectedInput.Create(typeToken.Span, Describe(typeToken)));
            return null;
        }
        Advance();
        if (!InputTypes.Contains(typeToken.Text))
            Report(DiagnosticCatalog.UnknownType.Create(typeToken.Span, typeToken.Text, string.Join(", ", InputTypes.Order())));
        var array = At(TokenKind.OpenBracket) ? ParseArrayShape() : null;
        var nullable = TryConsumeAdjacent(TokenKind.Question);
        NameNode? name = null;
        var optional = false;
        if (Current.Kind is TokenKind.Identifier or TokenKind.String && !AtWord("filters"))
        {
            name = ParseName();
            optional = TryConsumeAdjacent(TokenKind.Question);
        }
        else if (typeToken.Text != "dblink")
        {
            Report(DiagnosticCatalog.ExpectedName.Create(Current.Span, typeToken.Text, Describe(Current)));
        }
        var defaultValue = TryConsume(TokenKind.Equals) ? ParseExpression() : null;
        var filters = AtWord("filters") && PeekToken(1).Kind == TokenKind.Equals ? ParseInputFilters() : [];
        AttributeBlock? attributes = null;
        InputBlock? schema = null;
        if (At(TokenKind.OpenBrace))
            (attributes, schema) = ParseInputFieldBody();
        var span = SpanFrom(typeToken.Span.Start);
        return trivia => new InputField(typeToken.Text, SpanOf(typeToken), array, nullable, name, optional, defaultValue, filters, attributes, schema, trivia, span);
    }

    private bool TryConsumeAdjacent(TokenKind kind)
    {
        if (!At(kind) || Current.Span.Start != Previous.Span.End)
            return false;
        Advance();
        return true;
    }

    private ArrayShape ParseArrayShape()
    {
        var open = Advance();
        var minimum = At(TokenKind.Integer) ? Advance().Text : null;
        var ranged = TryConsume(TokenKind.Colon);
        var maximum = ranged && At(TokenKind.Integer) ? Advance().Text : null;
        Expect(TokenKind.CloseBracket);
        return new ArrayShape(minimum, maximum, ranged, SpanFrom(open.Span.Start));
    }

    // filters=trim|lower|min:1 — the first filter has no pipe in front of it.
    private List<FilterCall> ParseInputFilters()
    {
        Advance();
        Advance();
        var filters = new List<FilterCall>();
        do
        {
            var start = Current.Span.Start;
            if (!At(TokenKind.Identifier))
            {
                Report(DiagnosticCatalog.ExpectedName.Create(Current.Span, "filters=", Describe(Current)));
                break;
            }
            var name = Advance();
            var arguments = new List<ExpressionNode>();
            while (TryConsume(TokenKind.Colon))
                arguments.Add(ParseFilterArgument());
            filters.Add(new FilterCall(name.Text, SpanOf(name), false, arguments, SpanFrom(start)));
        }
        while (TryConsume(TokenKind.Pipe));
        return filters;
    }

    private (AttributeBlock Attributes, InputBlock? Schema) ParseInputFieldBody()
    {
        InputBlock? schema = null;
        var list = WithLinesSignificant(() => ParseList<AttributeNode>(TokenKind.CloseBrace, Separation.Attributes, _ =>
        {
            if (AtWord("schema") && PeekToken(1).Kind == TokenKind.OpenBrace)
            {
                Advance();
                schema = ParseInputBlock();
                return null;
            }
            return ParseAttribute(null);
        }));
        return (new AttributeBlock(list.Items, list.Dangling, list.Span), schema);
    }
}
