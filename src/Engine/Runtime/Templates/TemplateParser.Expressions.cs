using System.Globalization;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

// Twig's expression grammar by precedence climbing (Twig's own table, lowest first): ?: · or · and ·
// comparisons and in · .. · + - · ~ · not (prefix) · * / // % · is · ** · ?? · prefix - +; then the postfix
// member, index and |filter. ** and ?? are right-associative.
internal sealed partial class TemplateParser
{
    private const int NotPrecedence = 50;
    private const int IsPrecedence = 100;
    private const int SignPrecedence = 500;

    private static readonly Dictionary<string, (TemplateOperator Operator, int Precedence)> Binary = new(StringComparer.Ordinal)
    {
        ["or"] = (TemplateOperator.Or, 10),
        ["and"] = (TemplateOperator.And, 15),
        ["=="] = (TemplateOperator.Equal, 20),
        ["!="] = (TemplateOperator.NotEqual, 20),
        ["<"] = (TemplateOperator.Less, 20),
        ["<="] = (TemplateOperator.LessOrEqual, 20),
        [">"] = (TemplateOperator.Greater, 20),
        [">="] = (TemplateOperator.GreaterOrEqual, 20),
        ["in"] = (TemplateOperator.In, 20),
        ["not in"] = (TemplateOperator.NotIn, 20),
        [".."] = (TemplateOperator.Range, 25),
        ["+"] = (TemplateOperator.Add, 30),
        ["-"] = (TemplateOperator.Subtract, 30),
        ["~"] = (TemplateOperator.Concat, 40),
        ["*"] = (TemplateOperator.Multiply, 60),
        ["/"] = (TemplateOperator.Divide, 60),
        ["//"] = (TemplateOperator.FloorDivide, 60),
        ["%"] = (TemplateOperator.Modulo, 60),
        ["**"] = (TemplateOperator.Power, 200),
        ["??"] = (TemplateOperator.Coalesce, 300),
    };

    private static readonly string[] Tests = ["defined", "empty", "null", "none", "even", "odd", "iterable"];

    private TemplateExpression ParseExpression()
    {
        Enter();
        try
        {
            var condition = ParseBinary(0);
            return ParseConditional(condition);
        }
        finally
        {
            _expressionDepth--;
        }
    }

    private TemplateExpression ParseConditional(TemplateExpression condition)
    {
        var token = Current;
        if (token.IsSymbol("?:"))
        {
            _index++;
            return Checked(new ConditionalValue(condition, null, ParseExpression(), token.Line));
        }
        if (!token.IsSymbol("?"))
            return condition;
        _index++;
        var whenTrue = ParseExpression();
        TemplateExpression? whenFalse = null;
        if (Current.IsSymbol(":"))
        {
            _index++;
            whenFalse = ParseExpression();
        }
        return Checked(new ConditionalValue(condition, whenTrue, whenFalse, token.Line));
    }

    private TemplateExpression ParseBinary(int minimum)
    {
        var left = ParseUnary();
        while (true)
        {
            var token = Current;
            if (token.IsName("is") && IsPrecedence >= minimum)
            {
                left = ParseTest(left);
                continue;
            }
            if (BinaryAt() is not var (op, precedence, width) || precedence < minimum)
                return left;
            _index += width;
            var rightAssociative = op is TemplateOperator.Power or TemplateOperator.Coalesce;
            var right = ParseBinary(rightAssociative ? precedence : precedence + 1);
            left = Checked(new BinaryValue(op, left, right, token.Line));
        }
    }

    /// <summary>The binary operator at the current token, with how many tokens it spans ("not in" is two).</summary>
    private (TemplateOperator, int, int)? BinaryAt()
    {
        var token = Current;
        if (token.IsName("not") && _tokens[_index + 1].IsName("in"))
            return (TemplateOperator.NotIn, 20, 2);
        if (token.Kind is not (TemplateTokenKind.Symbol or TemplateTokenKind.Name) || !Binary.TryGetValue(token.Text, out var entry))
            return null;
        return (entry.Operator, entry.Precedence, 1);
    }

    private TestValue ParseTest(TemplateExpression value)
    {
        var line = Next().Line;
        var negated = Current.IsName("not");
        if (negated)
            _index++;
        var test = Expect(TemplateTokenKind.Name, "a test such as defined, empty or null");
        if (!Tests.Contains(test.Text))
            throw new TemplateException($"Unknown test '{test.Text}'. Expected one of: {string.Join(", ", Tests)}.", test.Line);
        return Checked(new TestValue(value, test.Text, negated, line));
    }

    private TemplateExpression ParseUnary()
    {
        var token = Current;
        if (token.IsName("not") || token.IsSymbol("-") || token.IsSymbol("+"))
        {
            _index++;
            Enter();
            try
            {
                var operand = ParseBinary(token.Text == "not" ? NotPrecedence : SignPrecedence);
                return Checked(new UnaryValue(token.Text, operand, token.Line));
            }
            finally
            {
                _expressionDepth--;
            }
        }
        return ParsePostfix(ParsePrimary());
    }

    private TemplateExpression ParsePostfix(TemplateExpression value)
    {
        while (true)
        {
            var token = Current;
            if (token.IsSymbol("."))
            {
                _index++;
                var member = Next();
                if (member.Kind is not (TemplateTokenKind.Name or TemplateTokenKind.Number))
                    throw new TemplateException($"Expected a name after '.' but found {member.Describe()}.", member.Line);
                value = Checked(new MemberValue(value, member.Text, token.Line));
            }
            else if (token.IsSymbol("["))
            {
                _index++;
                var index = ParseExpression();
                Expect(TemplateTokenKind.Symbol, "']'", "]");
                value = Checked(new IndexValue(value, index, token.Line));
            }
            else if (token.IsSymbol("|"))
            {
                _index++;
                value = Checked(ParseFilter(value));
            }
            else
            {
                return value;
            }
        }
    }

    private FilterValue ParseFilter(TemplateExpression input)
    {
        var name = Expect(TemplateTokenKind.Name, "a filter name");
        var filter = TemplateFilters.Find(name.Text)
            ?? throw new TemplateException($"Unknown filter '{name.Text}'.", name.Line);
        var arguments = Current.IsSymbol("(") ? ParseList("(", ")") : [];
        if (arguments.Count < filter.MinArguments || arguments.Count > filter.MaxArguments)
            throw new TemplateException($"The filter '{name.Text}' takes {filter.DescribeArity()}, but {arguments.Count} given.", name.Line);
        return new FilterValue(input, name.Text, arguments, name.Line);
    }

    private TemplateExpression ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TemplateTokenKind.Number:
                return new LiteralValue(Number(token), token.Line);
            case TemplateTokenKind.String:
                return new LiteralValue(XsValue.Text(token.Text), token.Line);
            case TemplateTokenKind.Name:
                return Word(token);
            case TemplateTokenKind.Symbol when token.Text == "(":
                var inner = ParseExpression();
                Expect(TemplateTokenKind.Symbol, "')'", ")");
                return inner;
            case TemplateTokenKind.Symbol when token.Text == "[":
                _index--;
                return Checked(new ListValue(ParseList("[", "]"), token.Line));
            case TemplateTokenKind.Symbol when token.Text == "{":
                return Checked(ParseHash(token));
            default:
                throw new TemplateException($"Expected a value but found {token.Describe()}.", token.Line);
        }
    }

    private TemplateExpression Word(TemplateToken token)
    {
        if (Current.IsSymbol("("))
            throw new TemplateException($"Functions such as '{token.Text}()' are not supported; use a filter instead.", token.Line);
        return token.Text.ToLowerInvariant() switch
        {
            "true" => new LiteralValue(XsValue.True, token.Line),
            "false" => new LiteralValue(XsValue.False, token.Line),
            "null" or "none" => new LiteralValue(XsValue.Null, token.Line),
            _ => new NameValue(TemplateScope.Normalize(token.Text), token.Line),
        };
    }

    private static XsValue Number(TemplateToken token) =>
        long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole)
            ? XsValue.Int(whole)
            : XsValue.Decimal(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));

    private List<TemplateExpression> ParseList(string open, string close)
    {
        Expect(TemplateTokenKind.Symbol, $"'{open}'", open);
        var items = new List<TemplateExpression>();
        while (!Current.IsSymbol(close))
        {
            items.Add(ParseExpression());
            if (!Current.IsSymbol(","))
                break;
            _index++;
        }
        Expect(TemplateTokenKind.Symbol, $"',' or '{close}'", close);
        return items;
    }

    private HashValue ParseHash(TemplateToken open)
    {
        var entries = new List<(TemplateExpression, TemplateExpression)>();
        while (!Current.IsSymbol("}"))
        {
            var key = Next();
            TemplateExpression keyValue = key.Kind switch
            {
                TemplateTokenKind.Name or TemplateTokenKind.String or TemplateTokenKind.Number => new LiteralValue(XsValue.Text(key.Text), key.Line),
                TemplateTokenKind.Symbol when key.Text == "(" => ParseParenthesized(),
                _ => throw new TemplateException($"Expected a key but found {key.Describe()}.", key.Line),
            };
            Expect(TemplateTokenKind.Symbol, "':'", ":");
            entries.Add((keyValue, ParseExpression()));
            if (!Current.IsSymbol(","))
                break;
            _index++;
        }
        Expect(TemplateTokenKind.Symbol, "',' or '}'", "}");
        return new HashValue(entries, open.Line);
    }

    private TemplateExpression ParseParenthesized()
    {
        var inner = ParseExpression();
        Expect(TemplateTokenKind.Symbol, "')'", ")");
        return inner;
    }

    private void Expect(TemplateTokenKind kind, string what, string text)
    {
        if (!Current.Is(kind, text))
            throw new TemplateException($"Expected {what} but found {Current.Describe()}.", Current.Line);
        _index++;
    }

    private void Enter()
    {
        if (++_expressionDepth > MaxDepth)
            throw new TemplateException($"The expression is nested more than {MaxDepth} deep.", Current.Line);
    }

    private static T Checked<T>(T expression)
        where T : TemplateExpression =>
        expression.Depth > MaxDepth
            ? throw new TemplateException($"The expression is nested more than {MaxDepth} deep.", expression.Line)
            : expression;
}
