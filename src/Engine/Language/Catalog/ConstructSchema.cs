namespace Platform.Engine.Language.Catalog;

/// <summary>What the body of a clause is.</summary>
public enum ClauseKind
{
    /// <summary><c>name = value</c></summary>
    Value,

    /// <summary><c>stack { statements }</c></summary>
    Stack,

    /// <summary><c>input { fields }</c>, <c>schema { columns }</c></summary>
    Input,

    /// <summary><c>name { attributes }</c></summary>
    Attributes,

    /// <summary><c>test "name" { ... }</c></summary>
    Test,
}

public sealed record ClauseSchema(string Name, ClauseKind Kind, AttributeType Type, string Summary, bool Required = false, bool Repeatable = false)
{
    /// <summary>Other ways the clause may be written, e.g. the older <c>schedule { events = [...] }</c>.</summary>
    public IReadOnlyList<ClauseKind> AlsoAccepted { get; init; } = [];
}

/// <summary>
/// A construct (<c>task</c>, <c>function</c>…): whether it has a name and which clauses its body takes.
/// Open constructs (agents, tools…) accept any clause: their settings are not checked here.
/// </summary>
public sealed record ConstructSchema(string Keyword, string Summary, IReadOnlyList<ClauseSchema> Clauses, bool Open = false, bool NameRequired = true)
{
    public ClauseSchema? FindClause(string name) => Clauses.FirstOrDefault(c => c.Name == name);
}
