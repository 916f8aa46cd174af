namespace Platform.Engine.Language.Catalog;

/// <summary>What follows a statement's keyword before its body.</summary>
public enum StatementTarget
{
    /// <summary>Nothing: <c>debug.log { ... }</c>, <c>util.get_env as $e</c>.</summary>
    None,

    /// <summary>A table, function or path name, bare or quoted: <c>db.get user</c>, <c>function.run "math/add"</c>.</summary>
    Name,

    /// <summary>A variable or variable path that the statement declares or changes: <c>var $x</c>, <c>math.add $total</c>.</summary>
    Variable,

    /// <summary>A parenthesised expression: <c>precondition ($x > 0)</c>, <c>array.find ($items)</c>.</summary>
    Expression,
}

/// <summary>The shape of a statement's body.</summary>
public enum StatementBody
{
    /// <summary>No braces at all: <c>break</c>, <c>array.find (...) if (...) as $r</c>.</summary>
    None,

    /// <summary><c>{ name = value ... }</c>; may be omitted when no attribute is required.</summary>
    Attributes,

    /// <summary><c>conditional { if (c) { ... } elseif (c) { ... } else { ... } }</c></summary>
    Conditional,

    /// <summary><c>switch (v) { case (x) { ... } break default { ... } }</c></summary>
    Switch,

    /// <summary><c>foreach (list) { each as $item { ... } }</c> and <c>for (n) { each as $i { ... } }</c></summary>
    Each,

    /// <summary><c>while (c) { each { ... } }</c></summary>
    While,

    /// <summary><c>try_catch { try { ... } catch { ... } finally { ... } }</c></summary>
    TryCatch,

    /// <summary><c>group { stack { ... } }</c>, <c>db.transaction { stack { ... } }</c></summary>
    Stack,
}

/// <summary>What kind of value an attribute takes. Checked by the analyzer when the value is a literal.</summary>
public enum AttributeType
{
    Any,
    Text,
    Int,
    Number,
    Bool,
    Object,
    Array,
    Timestamp,

    /// <summary>A query expression (<c>where</c>): word operators and null-safe comparisons are allowed.</summary>
    Query,
}

/// <summary>Whether this server can run a statement.</summary>
public enum StatementSupport
{
    Supported,

    /// <summary>Parsed and formatted, but refused before a run: it needs a service this server does not have.</summary>
    NotSupported,

    /// <summary>Only valid inside unit tests and workflow tests.</summary>
    TestOnly,
}

public sealed record AttributeSchema(
    string Name,
    AttributeType Type,
    string Summary,
    bool Required = false,
    string? Default = null,
    bool Repeatable = false,
    IReadOnlyList<string>? AllowedValues = null);

/// <summary>
/// One statement of the language: how it is written, which attributes it takes, whether it yields a value
/// (<c>as $name</c>), a one-line summary and an example. The parser, analyzer, completion, hover and docs all
/// read this one table.
/// </summary>
public sealed record StatementSchema(
    string Name,
    StatementTarget Target,
    StatementBody Body,
    bool ProducesValue,
    IReadOnlyList<AttributeSchema> Attributes,
    string Summary,
    string Example,
    StatementSupport Support = StatementSupport.Supported,
    bool HasCondition = false,
    bool TargetOptional = false)
{
    /// <summary>True when the braces may be left out: nothing in them is required.</summary>
    public bool BodyOptional => Body == StatementBody.Attributes && Attributes.All(a => !a.Required);

    public AttributeSchema? FindAttribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}
