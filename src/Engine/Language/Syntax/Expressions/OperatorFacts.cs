namespace Platform.Engine.Language.Syntax;

/// <summary>How operators are spelled and how tightly they bind (reference §7.2; higher binds tighter).</summary>
public static class OperatorFacts
{
    public const int TernaryPrecedence = 10;
    public const int PrefixPrecedence = 100;

    public static string TextOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Concat or BinaryOperator.RegexMatch => "~",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.StrictEqual => "===",
        BinaryOperator.StrictNotEqual => "!==",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.Coalesce => "??",
        BinaryOperator.QueryEqual => "=",
        BinaryOperator.RegexNotMatch => "!~",
        BinaryOperator.JsonContains => "@>",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "not in",
        BinaryOperator.Contains => "contains",
        BinaryOperator.NotContains => "not contains",
        BinaryOperator.Includes => "includes",
        BinaryOperator.NotIncludes => "not includes",
        BinaryOperator.Like => "like",
        BinaryOperator.NotLike => "not like",
        BinaryOperator.ILike => "ilike",
        BinaryOperator.NotILike => "not ilike",
        BinaryOperator.Overlaps => "overlaps",
        BinaryOperator.NotOverlaps => "not overlaps",
        BinaryOperator.Search => "search",
        _ => op.ToString(),
    };

    public static int PrecedenceOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Coalesce => 20,
        BinaryOperator.Or => 30,
        BinaryOperator.And => 40,
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => 60,
        BinaryOperator.Concat => 70,
        BinaryOperator.Add or BinaryOperator.Subtract => 80,
        BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => 90,
        _ => 50, // equality and every query comparison
    };

    /// <summary>Where <c>a..b</c> sits: below arithmetic, above comparisons.</summary>
    public const int RangePrecedence = 75;

    public static bool IsQueryOnly(BinaryOperator op) => op >= BinaryOperator.QueryEqual;

    /// <summary>The word operators of query mode, by their first word.</summary>
    public static BinaryOperator? QueryWord(string word, bool negated) => (word, negated) switch
    {
        ("in", false) => BinaryOperator.In,
        ("in", true) => BinaryOperator.NotIn,
        ("contains", false) => BinaryOperator.Contains,
        ("contains", true) => BinaryOperator.NotContains,
        ("includes", false) => BinaryOperator.Includes,
        ("includes", true) => BinaryOperator.NotIncludes,
        ("like", false) => BinaryOperator.Like,
        ("like", true) => BinaryOperator.NotLike,
        ("ilike", false) => BinaryOperator.ILike,
        ("ilike", true) => BinaryOperator.NotILike,
        ("overlaps", false) => BinaryOperator.Overlaps,
        ("overlaps", true) => BinaryOperator.NotOverlaps,
        ("search", false) => BinaryOperator.Search,
        _ => null,
    };
}
