namespace Platform.Engine.Language.Syntax;

/// <summary>
/// How many levels an expression tree has, counted with an explicit stack: every tree walker recurses once per level,
/// so a hostile chain such as <c>1 + 1 + … + 1</c> (one level per operator) must be measured without recursion.
/// </summary>
internal static class ExpressionHeight
{
    public static bool Exceeds(ExpressionNode root, int limit)
    {
        var pending = new Stack<(ExpressionNode Node, int Level)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, level) = pending.Pop();
            if (level > limit)
                return true;
            foreach (var child in Children(node))
                pending.Push((child, level + 1));
        }
        return false;
    }

    private static IEnumerable<ExpressionNode> Children(ExpressionNode node) => node switch
    {
        TypedLiteralExpression typed => [typed.Literal],
        BacktickExpression { Expression: { } inner } => [inner],
        MemberAccessExpression member => [member.Target],
        IndexExpression index => [index.Target, index.Index],
        FilterExpression filter => (filter.Input is { } input ? [input] : Enumerable.Empty<ExpressionNode>())
            .Concat(filter.Filters.SelectMany(call => call.Arguments)),
        UnaryExpression unary => [unary.Operand],
        BinaryExpression binary => [binary.Left, binary.Right],
        BetweenExpression between => [between.Value, between.Low, between.High],
        ConditionalExpression conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
        ParenthesizedExpression parenthesized => [parenthesized.Inner],
        ArrayExpression array => array.Elements.Select(element => element.Value),
        ObjectExpression obj => obj.Entries.Select(entry => entry.Value),
        SpreadExpression spread => [spread.Operand],
        RangeExpression range => [range.Start, range.End],
        _ => [],
    };
}
