using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>An expression inside a tag. <see cref="Depth"/> bounds how deep evaluation recurses.</summary>
internal abstract record TemplateExpression(int Line)
{
    public abstract int Depth { get; }
}

internal sealed record LiteralValue(XsValue Value, int Line) : TemplateExpression(Line)
{
    public override int Depth => 1;
}

/// <summary>A variable: a template variable (set, for, loop) or a run variable; a leading $ is optional.</summary>
internal sealed record NameValue(string Name, int Line) : TemplateExpression(Line)
{
    public override int Depth => 1;
}

/// <summary><c>target.name</c></summary>
internal sealed record MemberValue(TemplateExpression Target, string Member, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Target.Depth + 1;
}

/// <summary><c>target[index]</c></summary>
internal sealed record IndexValue(TemplateExpression Target, TemplateExpression Index, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Math.Max(Target.Depth, Index.Depth) + 1;
}

/// <summary><c>input|name(arguments)</c></summary>
internal sealed record FilterValue(TemplateExpression Input, string Name, IReadOnlyList<TemplateExpression> Arguments, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Math.Max(Input.Depth, Arguments.Count == 0 ? 0 : Arguments.Max(a => a.Depth)) + 1;
}

internal enum TemplateOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
    Range,
    Add,
    Subtract,
    Concat,
    Multiply,
    Divide,
    FloorDivide,
    Modulo,
    Power,
    Coalesce,
}

internal sealed record BinaryValue(TemplateOperator Operator, TemplateExpression Left, TemplateExpression Right, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;
}

/// <summary><c>not x</c>, <c>-x</c>, <c>+x</c></summary>
internal sealed record UnaryValue(string Operator, TemplateExpression Operand, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Operand.Depth + 1;
}

/// <summary><c>value is [not] defined|empty|null|none|even|odd|iterable</c></summary>
internal sealed record TestValue(TemplateExpression Value, string Test, bool Negated, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = Value.Depth + 1;
}

/// <summary><c>c ? a : b</c>; <c>c ?: b</c> (WhenTrue null: the condition itself) and <c>c ? a</c> (WhenFalse null: empty text).</summary>
internal sealed record ConditionalValue(TemplateExpression Condition, TemplateExpression? WhenTrue, TemplateExpression? WhenFalse, int Line)
    : TemplateExpression(Line)
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Math.Max(WhenTrue?.Depth ?? 0, WhenFalse?.Depth ?? 0)) + 1;
}

/// <summary><c>[a, b]</c></summary>
internal sealed record ListValue(IReadOnlyList<TemplateExpression> Items, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = (Items.Count == 0 ? 0 : Items.Max(i => i.Depth)) + 1;
}

/// <summary><c>{key: value, "key": value, (expression): value}</c></summary>
internal sealed record HashValue(IReadOnlyList<(TemplateExpression Key, TemplateExpression Value)> Entries, int Line) : TemplateExpression(Line)
{
    public override int Depth { get; } = (Entries.Count == 0 ? 0 : Entries.Max(e => Math.Max(e.Key.Depth, e.Value.Depth))) + 1;
}
