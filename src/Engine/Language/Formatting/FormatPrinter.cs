using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Formatting;

/// <summary>Walks a tree and writes it canonically; partial files hold constructs, statements and expressions.</summary>
internal sealed partial class FormatPrinter(CodeWriter writer)
{
    public void Construct(ConstructNode construct)
    {
        LeadingComments(construct.Trivia);
        writer.Write(construct.Keyword);
        if (construct.Name is { } name)
            writer.Write(" " + Name(name));
        foreach (var argument in construct.Arguments)
        {
            writer.Write($" {argument.Name}=");
            Expression(argument.Value);
        }
        writer.Write(" {");
        TrailingComment(construct.Trivia);
        writer.NewLine();
        writer.Indented(() =>
        {
            var clauses = construct.Clauses.OrderBy(c => CanonicalOrder.OfClause(c.Name)).ToList();
            for (var i = 0; i < clauses.Count; i++)
            {
                var separate = i > 0 && (clauses[i].Trivia.BlankLineBefore || IsBlock(clauses[i]) || IsBlock(clauses[i - 1]));
                if (separate)
                    writer.BlankLine();
                Clause(clauses[i]);
            }
            DanglingComments(construct.DanglingComments);
        });
        writer.Write("}");
        writer.NewLine();
    }

    private static bool IsBlock(ClauseNode clause) => clause is not ValueClause;

    public void Clause(ClauseNode clause)
    {
        LeadingComments(clause.Trivia);
        switch (clause)
        {
            case ValueClause value:
                writer.Write($"{value.Name} = ");
                Expression(value.Value);
                break;
            case StackClause stack:
                writer.Write(stack.Name + " ");
                Block(stack.Block);
                break;
            case InputClause input:
                writer.Write(input.Name + " ");
                Inputs(input.Block);
                break;
            case BlockClause block:
                writer.Write(block.Name + " ");
                Attributes(block.Block, forceBraces: true);
                break;
            case TestClause test:
                writer.Write($"test {Quote(test.TestName.Name)} ");
                Block(test.Body);
                break;
        }
        TrailingComment(clause.Trivia);
        writer.NewLine();
    }

    private void LeadingComments(Trivia trivia)
    {
        foreach (var comment in trivia.Leading)
        {
            writer.Write(comment.Text);
            writer.NewLine();
        }
    }

    private void TrailingComment(Trivia trivia)
    {
        if (trivia.Trailing is { } comment)
            writer.Write(" " + comment.Text);
    }

    private void DanglingComments(IReadOnlyList<Comment> comments)
    {
        foreach (var comment in comments)
        {
            writer.Write(comment.Text);
            writer.NewLine();
        }
    }

    private void Inputs(InputBlock block)
    {
        writer.Write("{");
        writer.NewLine();
        writer.Indented(() =>
        {
            foreach (var field in block.Fields)
            {
                if (field.Trivia.BlankLineBefore)
                    writer.BlankLine();
                InputField(field);
            }
            DanglingComments(block.DanglingComments);
        });
        writer.Write("}");
    }

    private void InputField(InputField field)
    {
        LeadingComments(field.Trivia);
        writer.Write(field.Type);
        if (field.Array is { } array)
            writer.Write(array.Text);
        if (field.Nullable)
            writer.Write("?");
        if (field.Name is { } name)
            writer.Write(" " + Name(name));
        if (field.Optional)
            writer.Write("?");
        if (field.Default is { } value)
        {
            writer.Write("=");
            Expression(value);
        }
        if (field.Filters.Count > 0)
        {
            writer.Write(" filters=");
            for (var i = 0; i < field.Filters.Count; i++)
            {
                if (i > 0)
                    writer.Write("|");
                FilterBody(field.Filters[i]);
            }
        }
        if (field.Attributes is { } attributes && (attributes.Attributes.Count > 0 || field.Schema is not null || attributes.DanglingComments.Count > 0))
        {
            writer.Write(" {");
            writer.NewLine();
            writer.Indented(() =>
            {
                AttributeLines(attributes);
                if (field.Schema is { } schema)
                {
                    writer.Write("schema ");
                    Inputs(schema);
                    writer.NewLine();
                }
            });
            writer.Write("}");
        }
        TrailingComment(field.Trivia);
        writer.NewLine();
    }

    private static string Name(NameNode name) => name.Quoted || !IsIdentifier(name.Name) ? Quote(name.Name) : name.Name;

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static string Quote(string text) => TextLiteral.Quote(text);

    private static bool IsExpressionTarget(string keyword) => StatementCatalog.Find(keyword)?.Target == StatementTarget.Expression;
}
