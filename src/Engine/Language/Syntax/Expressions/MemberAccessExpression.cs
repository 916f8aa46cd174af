using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>target.member</c>, including <c>$list.0</c> and <c>$env.$remote_ip</c>.</summary>
public sealed record MemberAccessExpression(ExpressionNode Target, string Member, SourceSpan MemberSpan, SourceSpan Span) : ExpressionNode(Span);
