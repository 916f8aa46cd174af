namespace Platform.Engine.Runtime.Statements;

/// <summary>Every statement family's registration, in one list.</summary>
internal static class StatementFamilies
{
    public static readonly Action<StatementRegistry>[] All =
    [
        VariableStatements.Register,
        DebugStatements.Register,
        ArrayStatements.Register,
        ObjectStatements.Register,
        MathStatements.Register,
        TextStatements.Register,
        DatabaseStatements.Register,
        HttpStatements.Register,
        EmailStatements.Register,
        SecurityStatements.Register,
        UtilityStatements.Register,
    ];
}
