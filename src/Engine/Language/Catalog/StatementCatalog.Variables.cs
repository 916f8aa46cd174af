namespace Platform.Engine.Language.Catalog;

// Reference §6.1.
public static partial class StatementCatalog
{
    private static IEnumerable<StatementSchema> Variables() =>
    [
        Act("var", StatementTarget.Variable, StatementBody.Attributes,
            "Declares a stack variable, or overwrites it when it already exists.",
            "var $total {\n  value = 0\n}",
            Req("value", AttributeType.Any, "The variable's value.")),

        Act("var.update", StatementTarget.Variable, StatementBody.Attributes,
            "Assigns a new value to an existing variable, or to a key or index inside it when the target is a path.",
            "var.update $user.name {\n  value = $input.name|trim\n}",
            Req("value", AttributeType.Any, "The new value.")),
    ];
}
