namespace Platform.Engine.Language.Syntax;

/// <summary>
/// Visits every node of a tree in source order. Override a <c>Visit…</c> method to act on a kind of node and call
/// the base method to keep walking below it.
/// </summary>
public abstract class SyntaxWalker
{
    public virtual void Visit(ScriptDocument document)
    {
        if (document.Construct is { } construct)
            VisitConstruct(construct);
    }

    public virtual void VisitConstruct(ConstructNode construct)
    {
        foreach (var argument in construct.Arguments)
            VisitExpression(argument.Value);
        foreach (var clause in construct.Clauses)
            VisitClause(clause);
    }

    public virtual void VisitClause(ClauseNode clause)
    {
        switch (clause)
        {
            case ValueClause value:
                VisitExpression(value.Value);
                break;
            case StackClause stack:
                VisitBlock(stack.Block);
                break;
            case InputClause input:
                VisitInputBlock(input.Block);
                break;
            case BlockClause block:
                VisitAttributes(block.Block.Attributes);
                break;
            case TestClause test:
                VisitBlock(test.Body);
                break;
        }
    }

    public virtual void VisitInputBlock(InputBlock block)
    {
        foreach (var field in block.Fields)
            VisitInputField(field);
    }

    public virtual void VisitInputField(InputField field)
    {
        if (field.Default is { } value)
            VisitExpression(value);
        foreach (var filter in field.Filters)
            VisitInputFilter(filter);
        if (field.Attributes is { } attributes)
            VisitAttributes(attributes.Attributes);
        if (field.Schema is { } schema)
            VisitInputBlock(schema);
    }

    public virtual void VisitInputFilter(FilterCall filter)
    {
        foreach (var argument in filter.Arguments)
            VisitExpression(argument);
    }

    public virtual void VisitBlock(StatementBlock block)
    {
        foreach (var statement in block.Statements)
            VisitStatement(statement);
    }

    public virtual void VisitAttributes(IReadOnlyList<AttributeNode> attributes)
    {
        foreach (var attribute in attributes)
            VisitAttribute(attribute);
    }

    public virtual void VisitAttribute(AttributeNode attribute)
    {
        if (attribute.Value is { } value)
            VisitExpression(value);
        if (attribute.Block is { } block)
            VisitAttributes(block.Attributes);
    }

    public virtual void VisitStatement(StatementNode statement)
    {
        switch (statement)
        {
            case CallStatement call:
                VisitCall(call);
                break;
            case SettingStatement setting:
                VisitExpression(setting.Value);
                break;
            case ConditionalStatement conditional:
                VisitAttributes(conditional.Attributes);
                foreach (var branch in conditional.Branches)
                {
                    if (branch.Condition is { } condition)
                        VisitExpression(condition);
                    VisitBlock(branch.Body);
                }
                break;
            case SwitchStatement @switch:
                VisitExpression(@switch.Value);
                VisitAttributes(@switch.Attributes);
                foreach (var @case in @switch.Cases)
                {
                    if (@case.Value is { } value)
                        VisitExpression(value);
                    VisitBlock(@case.Body);
                }
                break;
            case LoopStatement loop:
                VisitExpression(loop.Source);
                VisitAttributes(loop.Attributes);
                if (loop.Each is { } each)
                {
                    if (each.Variable is { } variable)
                        VisitExpression(variable.Variable);
                    VisitBlock(each.Body);
                }
                break;
            case TryCatchStatement tryCatch:
                VisitAttributes(tryCatch.Attributes);
                foreach (var part in tryCatch.Parts)
                    VisitBlock(part.Body);
                break;
            case StackStatement stack:
                VisitAttributes(stack.Attributes);
                if (stack.Stack is { } block)
                    VisitBlock(block);
                break;
        }
    }

    public virtual void VisitCall(CallStatement statement)
    {
        if (statement.Target is ExpressionNode target)
            VisitExpression(target);
        foreach (var argument in statement.Arguments)
            VisitExpression(argument.Value);
        if (statement.Condition is { } condition)
            VisitExpression(condition);
        if (statement.Attributes is { } attributes)
            VisitAttributes(attributes.Attributes);
        if (statement.Binding is { } binding)
            VisitExpression(binding.Variable);
    }

    public virtual void VisitExpression(ExpressionNode expression)
    {
        switch (expression)
        {
            case TypedLiteralExpression typed:
                VisitExpression(typed.Literal);
                break;
            case BacktickExpression { Expression: { } inner }:
                VisitExpression(inner);
                break;
            case MemberAccessExpression member:
                VisitExpression(member.Target);
                break;
            case IndexExpression index:
                VisitExpression(index.Target);
                VisitExpression(index.Index);
                break;
            case FilterExpression filter:
                if (filter.Input is { } input)
                    VisitExpression(input);
                foreach (var call in filter.Filters)
                    VisitFilter(call);
                break;
            case UnaryExpression unary:
                VisitExpression(unary.Operand);
                break;
            case BinaryExpression binary:
                VisitExpression(binary.Left);
                VisitExpression(binary.Right);
                break;
            case BetweenExpression between:
                VisitExpression(between.Value);
                VisitExpression(between.Low);
                VisitExpression(between.High);
                break;
            case ConditionalExpression conditional:
                VisitExpression(conditional.Condition);
                VisitExpression(conditional.WhenTrue);
                VisitExpression(conditional.WhenFalse);
                break;
            case ParenthesizedExpression parenthesized:
                VisitExpression(parenthesized.Inner);
                break;
            case ArrayExpression array:
                foreach (var element in array.Elements)
                    VisitExpression(element.Value);
                break;
            case ObjectExpression obj:
                foreach (var entry in obj.Entries)
                    VisitExpression(entry.Value);
                break;
            case SpreadExpression spread:
                VisitExpression(spread.Operand);
                break;
            case RangeExpression range:
                VisitExpression(range.Start);
                VisitExpression(range.End);
                break;
        }
    }

    public virtual void VisitFilter(FilterCall filter)
    {
        foreach (var argument in filter.Arguments)
            VisitExpression(argument);
    }
}
