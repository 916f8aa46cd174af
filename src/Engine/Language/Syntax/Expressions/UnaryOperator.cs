namespace Platform.Engine.Language.Syntax;

public enum UnaryOperator
{
    Not,
    Negate,
}
