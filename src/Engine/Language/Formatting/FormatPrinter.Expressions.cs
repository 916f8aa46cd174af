using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Formatting;

internal sealed partial class FormatPrinter
{
    public void Expression(ExpressionNode expression)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                Literal(literal);
                break;
            case TypedLiteralExpression typed:
                writer.Write($"!{typed.Type} ");
                Literal(typed.Literal);
                break;
            case BacktickExpression backtick:
                Backtick(backtick);
                break;
            case VariableExpression variable:
                writer.Write(variable.Name);
                break;
            case IdentifierExpression identifier:
                writer.Write(identifier.Name);
                break;
            case MemberAccessExpression member:
                Expression(member.Target);
                writer.Write("." + member.Member);
                break;
            case IndexExpression index:
                Expression(index.Target);
                writer.Write(index.Dotted ? ".[" : "[");
                Expression(index.Index);
                writer.Write("]");
                break;
            case FilterExpression filter:
                if (filter.Input is { } input)
                    Expression(input);
                foreach (var call in filter.Filters)
                {
                    writer.Write(call.Disabled ? "|!" : "|");
                    FilterBody(call);
                }
                break;
            case UnaryExpression unary:
                writer.Write(unary.Operator == UnaryOperator.Not ? "!" : "-");
                Expression(unary.Operand);
                break;
            case BinaryExpression binary:
                Expression(binary.Left);
                writer.Write($" {OperatorFacts.TextOf(binary.Operator)}{(binary.NullSafe ? "?" : "")} ");
                Expression(binary.Right);
                break;
            case BetweenExpression between:
                Expression(between.Value);
                writer.Write($" {(between.Negated ? "not between" : "between")}{(between.NullSafe ? "?" : "")} ");
                Expression(between.Low);
                writer.Write(":");
                Expression(between.High);
                break;
            case ConditionalExpression conditional:
                Expression(conditional.Condition);
                writer.Write(" ? ");
                Expression(conditional.WhenTrue);
                writer.Write(" : ");
                Expression(conditional.WhenFalse);
                break;
            case ParenthesizedExpression parenthesized:
                writer.Write("(");
                Expression(parenthesized.Inner);
                writer.Write(")");
                break;
            case ArrayExpression array:
                ArrayLiteral(array);
                break;
            case ObjectExpression obj:
                ObjectLiteral(obj);
                break;
            case SpreadExpression spread:
                writer.Write("...");
                Expression(spread.Operand);
                break;
            case RangeExpression range:
                Expression(range.Start);
                writer.Write("..");
                Expression(range.End);
                break;
        }
    }

    private void FilterBody(FilterCall call)
    {
        writer.Write(call.Name);
        foreach (var argument in call.Arguments)
        {
            writer.Write(":");
            Expression(argument);
        }
    }

    private void Literal(LiteralExpression literal)
    {
        if (literal.Kind == LiteralKind.TripleQuotedString)
            MultiLineText(literal.RawText.StartsWith('\'') ? "'''" : "\"\"\"", (string?)literal.Value ?? "");
        else
            writer.Write(literal.RawText);
    }

    private void Backtick(BacktickExpression backtick)
    {
        if (backtick.Triple)
        {
            MultiLineText("```", backtick.Source);
            return;
        }
        writer.Write("`" + backtick.Source.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`");
    }

    // The content lines sit one level deeper than the line that opens the text; the closing delimiter lines up with them.
    private void MultiLineText(string delimiter, string content)
    {
        writer.Write(delimiter);
        writer.NewLine();
        var indent = new string(' ', (writer.Indent + 1) * 2);
        foreach (var line in content.Split('\n'))
            writer.RawLine(line.Length == 0 ? "" : indent + line);
        writer.Indented(() => writer.Write(delimiter));
    }

    private void ArrayLiteral(ArrayExpression array)
    {
        var multiLine = array.MultiLine || array.DanglingComments.Count > 0 || array.Elements.Any(e => !e.Trivia.IsEmpty && (e.Trivia.Leading.Count > 0 || e.Trivia.Trailing is not null));
        if (!multiLine && array.Elements is [{ Value: ObjectExpression { MultiLine: true } single }])
        {
            // [{ … }]: one multi-line object hugs its brackets, as Xano writes schedules.
            writer.Write("[");
            ObjectLiteral(single);
            writer.Write("]");
            return;
        }
        if (!multiLine)
        {
            writer.Write("[");
            for (var i = 0; i < array.Elements.Count; i++)
            {
                if (i > 0)
                    writer.Write(", ");
                Expression(array.Elements[i].Value);
            }
            writer.Write("]");
            return;
        }
        writer.Write("[");
        writer.NewLine();
        writer.Indented(() =>
        {
            foreach (var element in array.Elements)
            {
                if (element.Trivia.BlankLineBefore)
                    writer.BlankLine();
                LeadingComments(element.Trivia);
                Expression(element.Value);
                TrailingComment(element.Trivia);
                writer.NewLine();
            }
            DanglingComments(array.DanglingComments);
        });
        writer.Write("]");
    }

    private void ObjectLiteral(ObjectExpression obj)
    {
        var multiLine = obj.MultiLine || obj.DanglingComments.Count > 0 || obj.Entries.Any(e => e.Trivia.Leading.Count > 0 || e.Trivia.Trailing is not null);
        if (!multiLine)
        {
            writer.Write("{");
            for (var i = 0; i < obj.Entries.Count; i++)
            {
                if (i > 0)
                    writer.Write(", ");
                Entry(obj.Entries[i], 0);
            }
            writer.Write("}");
            return;
        }
        var width = obj.Entries.Count == 0 ? 0 : obj.Entries.Max(e => KeyText(e).Length);
        writer.Write("{");
        writer.NewLine();
        writer.Indented(() =>
        {
            foreach (var entry in obj.Entries)
            {
                if (entry.Trivia.BlankLineBefore)
                    writer.BlankLine();
                LeadingComments(entry.Trivia);
                Entry(entry, width);
                TrailingComment(entry.Trivia);
                writer.NewLine();
            }
            DanglingComments(obj.DanglingComments);
        });
        writer.Write("}");
    }

    private void Entry(ObjectEntry entry, int width)
    {
        if (entry.Value is SpreadExpression)
        {
            Expression(entry.Value);
            return;
        }
        writer.Write(KeyText(entry).PadRight(width) + ": ");
        Expression(entry.Value);
    }

    private static string KeyText(ObjectEntry entry) =>
        entry.Value is SpreadExpression ? "" : (entry.Disabled ? "!" : "") + (entry.Key.Quoted ? Quote(entry.Key.Name) : entry.Key.Name);
}
