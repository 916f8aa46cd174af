namespace Platform.Engine.Language.Syntax;

/// <summary>
/// The order Xano exports writes clauses and try/catch parts in. Their order carries no meaning, so the formatter
/// writes this order and trees are compared in it.
/// </summary>
public static class CanonicalOrder
{
    private static readonly string[] Clauses =
    [
        "description", "active", "datasource", "api_group", "auth", "table", "input", "schema", "stack", "response",
        "schedule", "tags", "history", "docs", "middleware", "cache", "index", "view", "items", "test", "guid",
    ];

    private static readonly string[] TryCatchParts = ["try", "catch", "finally"];

    /// <summary>Where a clause goes; clauses not listed follow the listed ones in their own order (the sort is stable).</summary>
    public static int OfClause(string name)
    {
        var index = Array.IndexOf(Clauses, name);
        return index < 0 ? Clauses.Length : index;
    }

    public static int OfTryCatchPart(string keyword) => Array.IndexOf(TryCatchParts, keyword);
}
