using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Formatting;

internal sealed partial class FormatPrinter
{
    private void Block(StatementBlock block)
    {
        writer.Write("{");
        writer.NewLine();
        writer.Indented(() =>
        {
            for (var i = 0; i < block.Statements.Count; i++)
            {
                if (i > 0 && block.Statements[i].Trivia.BlankLineBefore)
                    writer.BlankLine();
                Statement(block.Statements[i]);
            }
            DanglingComments(block.DanglingComments);
        });
        writer.Write("}");
    }

    private void Statement(StatementNode statement)
    {
        LeadingComments(statement.Trivia);
        if (statement.Disabled)
            writer.Write("!");
        switch (statement)
        {
            case CallStatement call:
                Call(call);
                break;
            case SettingStatement setting:
                writer.Write(setting.Keyword + " = ");
                Expression(setting.Value);
                break;
            case ConditionalStatement conditional:
                writer.Write("conditional ");
                ControlBody(conditional.Attributes, conditional.DanglingComments, () =>
                {
                    foreach (var branch in conditional.Branches)
                        Part(branch.Trivia, () =>
                        {
                            writer.Write(branch.Keyword + " ");
                            if (branch.Condition is { } condition)
                                Parenthesized(condition, trailingSpace: true);
                            Block(branch.Body);
                        });
                });
                break;
            case SwitchStatement @switch:
                writer.Write("switch ");
                Parenthesized(@switch.Value, trailingSpace: true);
                ControlBody(@switch.Attributes, @switch.DanglingComments, () =>
                {
                    foreach (var @case in @switch.Cases)
                        Part(@case.Trivia, () =>
                        {
                            if (@case.Value is { } value)
                            {
                                writer.Write("case ");
                                Parenthesized(value, trailingSpace: true);
                            }
                            else
                            {
                                writer.Write("default ");
                            }
                            Block(@case.Body);
                            if (@case.Break)
                                writer.Write(" break");
                        });
                });
                break;
            case LoopStatement loop:
                writer.Write(loop.Keyword + " ");
                Parenthesized(loop.Source, trailingSpace: true);
                ControlBody(loop.Attributes, loop.DanglingComments, () =>
                {
                    if (loop.Each is { } each)
                        Part(each.Trivia, () =>
                        {
                            writer.Write("each ");
                            if (each.Variable is { } variable)
                            {
                                writer.Write("as ");
                                Expression(variable.Variable);
                                writer.Write(" ");
                            }
                            Block(each.Body);
                        });
                });
                break;
            case TryCatchStatement tryCatch:
                writer.Write("try_catch ");
                ControlBody(tryCatch.Attributes, tryCatch.DanglingComments, () =>
                {
                    foreach (var part in tryCatch.Parts.OrderBy(p => CanonicalOrder.OfTryCatchPart(p.Keyword)))
                        Part(part.Trivia, () =>
                        {
                            writer.Write(part.Keyword + " ");
                            Block(part.Body);
                        });
                });
                break;
            case StackStatement stack:
                writer.Write(stack.Keyword + " ");
                ControlBody(stack.Attributes, stack.DanglingComments, () =>
                {
                    if (stack.Stack is { } block)
                    {
                        writer.Write("stack ");
                        Block(block);
                        writer.NewLine();
                    }
                });
                break;
        }
        TrailingComment(statement.Trivia);
        writer.NewLine();
    }

    /// <summary>Braces around a control statement's own attributes followed by its parts.</summary>
    private void ControlBody(IReadOnlyList<AttributeNode> attributes, IReadOnlyList<Comment> dangling, Action parts)
    {
        writer.Write("{");
        writer.NewLine();
        writer.Indented(() =>
        {
            foreach (var attribute in attributes)
                AttributeLine(attribute);
            parts();
            DanglingComments(dangling);
        });
        writer.Write("}");
    }

    private void Part(Trivia trivia, Action write)
    {
        LeadingComments(trivia);
        write();
        TrailingComment(trivia);
        writer.NewLine();
    }

    private void Call(CallStatement call)
    {
        writer.Write(call.Keyword);
        switch (call.Target)
        {
            case NameNode name:
                writer.Write(" " + Name(name));
                break;
            case ExpressionNode target when IsExpressionTarget(call.Keyword):
                writer.Write(" ");
                Parenthesized(target, trailingSpace: false);
                break;
            case ExpressionNode target:
                writer.Write(" ");
                Expression(target);
                break;
        }
        foreach (var argument in call.Arguments)
        {
            writer.Write($" {argument.Name}=");
            Expression(argument.Value);
        }
        if (call.Condition is { } condition)
        {
            writer.Write(" if ");
            Parenthesized(condition, trailingSpace: false);
        }
        var schema = StatementCatalog.Find(call.Keyword);
        if (call.Attributes is { } attributes)
        {
            writer.Write(" ");
            Attributes(attributes, forceBraces: schema is null || !schema.BodyOptional);
        }
        if (call.Binding is { } binding)
        {
            writer.Write(" as ");
            Expression(binding.Variable);
        }
    }

    /// <summary><c>{ attributes }</c>, one per line; an empty optional block is left out.</summary>
    private void Attributes(AttributeBlock block, bool forceBraces)
    {
        if (block.Attributes.Count == 0 && block.DanglingComments.Count == 0)
        {
            if (forceBraces)
                writer.Write("{}");
            else
                RemoveTrailingSpace();
            return;
        }
        writer.Write("{");
        writer.NewLine();
        writer.Indented(() => AttributeLines(block));
        writer.Write("}");
    }

    private void RemoveTrailingSpace() => writer.TrimTrailingSpace();

    private void AttributeLines(AttributeBlock block)
    {
        foreach (var attribute in block.Attributes)
            AttributeLine(attribute);
        DanglingComments(block.DanglingComments);
    }

    private void AttributeLine(AttributeNode attribute)
    {
        if (attribute.Trivia.BlankLineBefore)
            writer.BlankLine();
        LeadingComments(attribute.Trivia);
        if (attribute.Block is { } block)
        {
            writer.Write(attribute.Name + " ");
            Attributes(block, forceBraces: true);
        }
        else
        {
            writer.Write(attribute.Name + " = ");
            Expression(attribute.Value!);
        }
        TrailingComment(attribute.Trivia);
        writer.NewLine();
    }

    private void Parenthesized(ExpressionNode expression, bool trailingSpace)
    {
        writer.Write("(");
        Expression(expression);
        writer.Write(trailingSpace ? ") " : ")");
    }
}
