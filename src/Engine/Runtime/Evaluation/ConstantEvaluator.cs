using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>Evaluates expressions made only of literals (the catalog's defaults, seed data) without a run.</summary>
public static class ConstantEvaluator
{
    public static XsValue Evaluate(ExpressionNode expression) => expression switch
    {
        LiteralExpression { Kind: LiteralKind.Integer, Value: long whole } => XsValue.Int(whole),
        LiteralExpression { Kind: LiteralKind.Decimal, Value: double fraction } => XsValue.Decimal(fraction),
        LiteralExpression { Kind: LiteralKind.True } => XsValue.True,
        LiteralExpression { Kind: LiteralKind.False } => XsValue.False,
        LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset instant } => XsValue.Timestamp(instant.ToUnixTimeMilliseconds()),
        LiteralExpression { IsText: true, Value: string text } => XsValue.Text(text),
        UnaryExpression { Operator: UnaryOperator.Negate } negate => Operators.Negate(Evaluate(negate.Operand)),
        ArrayExpression array => XsValue.Array(XsArray.Create(array.Elements.Select(e => Evaluate(e.Value)))),
        ObjectExpression obj => XsValue.Object(XsObject.Create(obj.Entries.Select(e => new KeyValuePair<string, XsValue>(e.Key.Name, Evaluate(e.Value))))),
        ParenthesizedExpression parenthesized => Evaluate(parenthesized.Inner),
        _ => XsValue.Null,
    };
}
