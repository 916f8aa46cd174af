namespace Platform.Engine.Runtime.Statements;

/// <summary>Every statement family's registration, in one list.</summary>
internal static class StatementFamilies
{
    public static readonly Action<StatementRegistry>[] All =
    [
        VariableStatements.Register,
        DebugStatements.Register,
        UtilityStatements.Register,
    ];
}
