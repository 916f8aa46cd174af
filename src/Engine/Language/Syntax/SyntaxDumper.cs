using System.Globalization;
using System.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary>
/// Prints a tree without positions: structure as indented lines, expressions as s-expressions that make
/// precedence and filter binding explicit. Golden tests compare these dumps; two trees are equal when their
/// dumps are.
/// </summary>
public static class SyntaxDumper
{
    /// <summary>
    /// The tree as text. With <paramref name="canonicalOrder"/>, clauses and try/catch parts are listed in
    /// <see cref="CanonicalOrder"/>, since their order carries no meaning.
    /// </summary>
    public static string Dump(ScriptDocument document, bool canonicalOrder = false)
    {
        var writer = new DumpWriter(canonicalOrder);
        if (document.Construct is { } construct)
            writer.Construct(construct);
        writer.Comments(document.TrailingComments, "trailing");
        return writer.ToString();
    }

    public static string Dump(ExpressionNode expression) => ExpressionDump.Of(expression);

    private sealed class DumpWriter(bool canonicalOrder)
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public override string ToString() => _builder.ToString();

        private void Line(string text) => _builder.Append(' ', _indent * 2).Append(text).Append('\n');

        private void Nested(Action write)
        {
            _indent++;
            write();
            _indent--;
        }

        public void Comments(IReadOnlyList<Comment> comments, string role)
        {
            foreach (var comment in comments)
                Line($"{role} {comment.Text}");
        }

        private void Trivia(Trivia trivia)
        {
            Comments(trivia.Leading, "comment");
            if (trivia.Trailing is { } trailing)
                Line($"trailing {trailing.Text}");
        }

        public void Construct(ConstructNode construct)
        {
            Trivia(construct.Trivia);
            var header = construct.Keyword + (construct.Name is null ? "" : " " + Name(construct.Name))
                + string.Concat(construct.Arguments.Select(a => $" {a.Name}={ExpressionDump.Of(a.Value)}"));
            Line(header);
            Nested(() =>
            {
                var clauses = canonicalOrder ? construct.Clauses.OrderBy(c => CanonicalOrder.OfClause(c.Name)) : construct.Clauses.AsEnumerable();
                foreach (var clause in clauses)
                    Clause(clause);
                Comments(construct.DanglingComments, "dangling");
            });
        }

        private void Clause(ClauseNode clause)
        {
            Trivia(clause.Trivia);
            switch (clause)
            {
                case ValueClause value:
                    Line($"{value.Name} = {ExpressionDump.Of(value.Value)}");
                    break;
                case StackClause stack:
                    Line(stack.Name);
                    Nested(() => Block(stack.Block));
                    break;
                case InputClause input:
                    Line(input.Name);
                    Nested(() => Inputs(input.Block));
                    break;
                case BlockClause block:
                    Line($"{block.Name} {{}}");
                    Nested(() => Attributes(block.Block));
                    break;
                case TestClause test:
                    Line($"test {Name(test.TestName)}");
                    Nested(() => Block(test.Body));
                    break;
            }
        }

        private void Inputs(InputBlock block)
        {
            foreach (var field in block.Fields)
            {
                Trivia(field.Trivia);
                var text = new StringBuilder(field.Type);
                if (field.Array is { } array)
                    text.Append(array.Text);
                if (field.Nullable)
                    text.Append('?');
                if (field.Name is { } name)
                    text.Append(' ').Append(Name(name));
                if (field.Optional)
                    text.Append('?');
                if (field.Default is { } value)
                    text.Append(" = ").Append(ExpressionDump.Of(value));
                if (field.Filters.Count > 0)
                    text.Append(" filters=").Append(string.Join("|", field.Filters.Select(ExpressionDump.Filter)));
                Line(text.ToString());
                Nested(() =>
                {
                    if (field.Attributes is { } attributes)
                        Attributes(attributes);
                    if (field.Schema is { } schema)
                    {
                        Line("schema");
                        Nested(() => Inputs(schema));
                    }
                });
            }
            Comments(block.DanglingComments, "dangling");
        }

        private void Block(StatementBlock block)
        {
            foreach (var statement in block.Statements)
                Statement(statement);
            Comments(block.DanglingComments, "dangling");
        }

        private void Attributes(AttributeBlock block) => Attributes(block.Attributes, block.DanglingComments);

        private void Attributes(IReadOnlyList<AttributeNode> attributes, IReadOnlyList<Comment> dangling)
        {
            foreach (var attribute in attributes)
            {
                Trivia(attribute.Trivia);
                if (attribute.Block is { } block)
                {
                    Line($"{attribute.Name} {{}}");
                    Nested(() => Attributes(block));
                }
                else
                {
                    Line($"{attribute.Name} = {ExpressionDump.Of(attribute.Value!)}");
                }
            }
            Comments(dangling, "dangling");
        }

        private void Statement(StatementNode statement)
        {
            Trivia(statement.Trivia);
            var prefix = statement.Disabled ? "!" : "";
            switch (statement)
            {
                case CallStatement call:
                    var head = new StringBuilder(prefix + call.Keyword);
                    if (call.Target is NameNode name)
                        head.Append(' ').Append(Name(name));
                    else if (call.Target is ExpressionNode target)
                        head.Append(' ').Append(ExpressionDump.Of(target));
                    foreach (var argument in call.Arguments)
                        head.Append(' ').Append(argument.Name).Append('=').Append(ExpressionDump.Of(argument.Value));
                    if (call.Condition is { } condition)
                        head.Append(" if ").Append(ExpressionDump.Of(condition));
                    if (call.Binding is { } binding)
                        head.Append(" as ").Append(ExpressionDump.Of(binding.Variable));
                    Line(head.ToString());
                    if (call.Attributes is { } attributes)
                        Nested(() => Attributes(attributes));
                    break;
                case SettingStatement setting:
                    Line($"{setting.Keyword} = {ExpressionDump.Of(setting.Value)}");
                    break;
                case ConditionalStatement conditional:
                    Line(prefix + "conditional");
                    Nested(() =>
                    {
                        Attributes(conditional.Attributes, []);
                        foreach (var branch in conditional.Branches)
                        {
                            Trivia(branch.Trivia);
                            Line(branch.Keyword + (branch.Condition is null ? "" : " " + ExpressionDump.Of(branch.Condition)));
                            Nested(() => Block(branch.Body));
                        }
                        Comments(conditional.DanglingComments, "dangling");
                    });
                    break;
                case SwitchStatement @switch:
                    Line($"{prefix}switch {ExpressionDump.Of(@switch.Value)}");
                    Nested(() =>
                    {
                        Attributes(@switch.Attributes, []);
                        foreach (var @case in @switch.Cases)
                        {
                            Trivia(@case.Trivia);
                            Line((@case.Value is null ? "default" : "case " + ExpressionDump.Of(@case.Value)) + (@case.Break ? " break" : ""));
                            Nested(() => Block(@case.Body));
                        }
                        Comments(@switch.DanglingComments, "dangling");
                    });
                    break;
                case LoopStatement loop:
                    Line($"{prefix}{loop.Keyword} {ExpressionDump.Of(loop.Source)}");
                    Nested(() =>
                    {
                        Attributes(loop.Attributes, []);
                        if (loop.Each is { } each)
                        {
                            Trivia(each.Trivia);
                            Line("each" + (each.Variable is null ? "" : " as " + ExpressionDump.Of(each.Variable.Variable)));
                            Nested(() => Block(each.Body));
                        }
                        Comments(loop.DanglingComments, "dangling");
                    });
                    break;
                case TryCatchStatement tryCatch:
                    Line(prefix + "try_catch");
                    Nested(() =>
                    {
                        Attributes(tryCatch.Attributes, []);
                        var parts = canonicalOrder ? tryCatch.Parts.OrderBy(p => CanonicalOrder.OfTryCatchPart(p.Keyword)) : tryCatch.Parts.AsEnumerable();
                        foreach (var part in parts)
                        {
                            Trivia(part.Trivia);
                            Line(part.Keyword);
                            Nested(() => Block(part.Body));
                        }
                        Comments(tryCatch.DanglingComments, "dangling");
                    });
                    break;
                case StackStatement stack:
                    Line(prefix + stack.Keyword);
                    Nested(() =>
                    {
                        Attributes(stack.Attributes, []);
                        if (stack.Stack is { } block)
                        {
                            Line("stack");
                            Nested(() => Block(block));
                        }
                        Comments(stack.DanglingComments, "dangling");
                    });
                    break;
            }
        }

        private static string Name(NameNode name) => name.Quoted ? ExpressionDump.Quote(name.Name) : name.Name;
    }

    /// <summary>Expressions as s-expressions: (op left right), (| input filter:args), (? c a b), [..], {..}.</summary>
    private static class ExpressionDump
    {
        public static string Of(ExpressionNode expression) => expression switch
        {
            LiteralExpression literal => Literal(literal),
            TypedLiteralExpression typed => $"(!{typed.Type} {Literal(typed.Literal)})",
            BacktickExpression backtick => $"`{(backtick.Expression is null ? "" : Of(backtick.Expression))}`",
            VariableExpression variable => variable.Name,
            IdentifierExpression identifier => "'" + identifier.Name,
            MemberAccessExpression member => $"{Of(member.Target)}.{member.Member}",
            IndexExpression index => $"{Of(index.Target)}{(index.Dotted ? "." : "")}[{Of(index.Index)}]",
            FilterExpression filter => $"(| {(filter.Input is null ? "_" : Of(filter.Input))} {string.Join(" ", filter.Filters.Select(Filter))})",
            UnaryExpression unary => $"({(unary.Operator == UnaryOperator.Not ? "!" : "neg")} {Of(unary.Operand)})",
            BinaryExpression binary => $"({OperatorFacts.TextOf(binary.Operator)}{(binary.NullSafe ? "?" : "")} {Of(binary.Left)} {Of(binary.Right)})",
            BetweenExpression between => $"({(between.Negated ? "not between" : "between")}{(between.NullSafe ? "?" : "")} {Of(between.Value)} {Of(between.Low)} {Of(between.High)})",
            ConditionalExpression conditional => $"(? {Of(conditional.Condition)} {Of(conditional.WhenTrue)} {Of(conditional.WhenFalse)})",
            ParenthesizedExpression parenthesized => $"(paren {Of(parenthesized.Inner)})",
            ArrayExpression array => Array(array),
            ObjectExpression obj => Object(obj),
            SpreadExpression spread => $"(... {Of(spread.Operand)})",
            RangeExpression range => $"(.. {Of(range.Start)} {Of(range.End)})",
            MissingExpression => "<missing>",
            _ => expression.GetType().Name,
        };

        public static string Filter(FilterCall filter) =>
            (filter.Disabled ? "!" : "") + filter.Name + string.Concat(filter.Arguments.Select(a => ":" + Of(a)));

        private static string Literal(LiteralExpression literal) => literal.Kind switch
        {
            LiteralKind.String or LiteralKind.SingleQuotedString or LiteralKind.TripleQuotedString => Quote((string?)literal.Value ?? ""),
            LiteralKind.Timestamp => literal.Value is DateTimeOffset value
                ? "ts:" + value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                : "ts:invalid",
            _ => literal.RawText,
        };

        private static string Array(ArrayExpression array) =>
            "[" + string.Join(" ", array.Elements.Select(e => CommentMark(e.Trivia) + Of(e.Value))) + "]" + Comments(array.DanglingComments);

        private static string Object(ObjectExpression obj) =>
            "{" + string.Join(" ", obj.Entries.Select(e => CommentMark(e.Trivia) + (e.Disabled ? "!" : "") + (e.Key.Quoted ? Quote(e.Key.Name) : e.Key.Name) + ": " + Of(e.Value)))
            + "}" + Comments(obj.DanglingComments);

        private static string CommentMark(Trivia trivia) =>
            string.Concat(trivia.Leading.Select(c => $"#[{c.Text}] ")) + (trivia.Trailing is { } t ? $"#[trailing {t.Text}] " : "");

        private static string Comments(IReadOnlyList<Comment> comments) => string.Concat(comments.Select(c => $" #[{c.Text}]"));

        public static string Quote(string text) => TextLiteral.Quote(text);
    }
}
