using System.Collections.Frozen;

namespace Platform.Engine.Language.Catalog;

/// <summary>Every statement the language knows, by name. Families live in the partial files beside this one.</summary>
public static partial class StatementCatalog
{
    public static IEnumerable<StatementSchema> All => ByName.Values;

    public static StatementSchema? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>True when some statement's name starts with <paramref name="prefix"/> followed by a dot.</summary>
    public static bool IsNamespace(string prefix) => ByName.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal));

    // Attributes every statement accepts (reference §6): a description, a disabled flag, and a test mock.
    internal static readonly AttributeSchema Description = new("description", AttributeType.Text, "What this step does; shown in the builder and run trace.");
    internal static readonly AttributeSchema Disabled = new("disabled", AttributeType.Bool, "Skip this statement when the stack runs.", Default: "false");
    internal static readonly AttributeSchema Mock = new("mock", AttributeType.Object, "Values this statement returns inside named unit tests, instead of running.");

    // Declared after the shared attributes on purpose: static initializers run in textual order, and the
    // family methods read Description, Disabled and Mock while this table is built.
    private static readonly FrozenDictionary<string, StatementSchema> ByName =
        Families().SelectMany(family => family).ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    private static IEnumerable<IEnumerable<StatementSchema>> Families() =>
    [
        Variables(),
        ControlFlow(),
        Calls(),
        MathTextObjectArray(),
        Database(),
        External(),
        Utilities(),
        Security(),
        Other(),
    ];

    private static StatementSchema Statement(
        string name, StatementTarget target, StatementBody body, bool producesValue, string summary, string example,
        params AttributeSchema[] attributes) =>
        new(name, target, body, producesValue, attributes, summary, example);

    /// <summary>A statement that yields nothing; <see cref="Description"/> and <see cref="Disabled"/> are appended.</summary>
    private static StatementSchema Act(
        string name, StatementTarget target, StatementBody body, string summary, string example, params AttributeSchema[] attributes) =>
        Statement(name, target, body, false, summary, example, [.. attributes, Description, Disabled]);

    /// <summary>A statement bound with <c>as $name</c>; <see cref="Description"/>, <see cref="Disabled"/> and <see cref="Mock"/> are appended.</summary>
    private static StatementSchema Bind(
        string name, StatementTarget target, StatementBody body, string summary, string example, params AttributeSchema[] attributes) =>
        Statement(name, target, body, true, summary, example, [.. attributes, Description, Disabled, Mock]);

    /// <summary>Marks a statement that needs a service this server does not have.</summary>
    private static StatementSchema Unsupported(StatementSchema statement) => statement with { Support = StatementSupport.NotSupported };

    /// <summary>Marks a statement that is only valid inside unit tests and workflow tests.</summary>
    private static StatementSchema InTestsOnly(StatementSchema statement) => statement with { Support = StatementSupport.TestOnly };

    private static AttributeSchema Req(string name, AttributeType type, string summary) => Attr(name, type, summary, required: true);

    private static AttributeSchema Opt(string name, AttributeType type, string summary, string? @default = null, params string[] allowed) =>
        Attr(name, type, summary, @default: @default, allowed: allowed);

    private static AttributeSchema Attr(
        string name, AttributeType type, string summary, bool required = false, string? @default = null,
        bool repeatable = false, params string[] allowed) =>
        new(name, type, summary, required, @default, repeatable, allowed.Length == 0 ? null : allowed);
}
