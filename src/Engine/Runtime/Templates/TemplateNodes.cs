namespace Platform.Engine.Runtime.Templates;

/// <summary>A parsed template: an immutable tree that can be rendered any number of times.</summary>
internal sealed record TemplateDocument(IReadOnlyList<TemplateNode> Body);

/// <summary>One piece of a template body, with the line it starts on.</summary>
internal abstract record TemplateNode(int Line);

/// <summary>Literal text.</summary>
internal sealed record TextNode(string Text, int Line) : TemplateNode(Line);

/// <summary><c>{{ expression }}</c></summary>
internal sealed record PrintNode(TemplateExpression Value, int Line) : TemplateNode(Line);

/// <summary><c>{% if %}…{% elseif %}…{% else %}…{% endif %}</c>: the first branch whose condition holds runs.</summary>
internal sealed record IfNode(IReadOnlyList<IfBranch> Branches, IReadOnlyList<TemplateNode> Else, int Line) : TemplateNode(Line);

internal sealed record IfBranch(TemplateExpression Condition, IReadOnlyList<TemplateNode> Body);

/// <summary><c>{% for [key,] value in source %}…{% else %}…{% endfor %}</c>; the else part runs when there is nothing to walk.</summary>
internal sealed record ForNode(
    string? KeyName, string ValueName, TemplateExpression Source, IReadOnlyList<TemplateNode> Body, IReadOnlyList<TemplateNode> Else, int Line)
    : TemplateNode(Line);

/// <summary><c>{% set name = value %}</c>, or <c>{% set name %}…{% endset %}</c> (then the rendered body is the value).</summary>
internal sealed record SetNode(string Name, TemplateExpression? Value, IReadOnlyList<TemplateNode> Body, int Line) : TemplateNode(Line);
