using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Syntax;

/// <summary><c>input = {...}</c> or <c>datasource = "test"</c> at the top of a unit test body.</summary>
public sealed record SettingStatement(string Keyword, SourceSpan KeywordSpan, ExpressionNode Value, Trivia Trivia, SourceSpan Span)
    : StatementNode(Keyword, KeywordSpan, false, Trivia, Span);
