namespace Platform.Engine.Language.Syntax;

public enum LiteralKind
{
    Integer,
    Decimal,
    String,
    SingleQuotedString,
    TripleQuotedString,
    True,
    False,
    Null,
    Now,
    Timestamp,
}
