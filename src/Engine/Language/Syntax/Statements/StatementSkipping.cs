namespace Platform.Engine.Language.Syntax;

/// <summary>Whether a statement is switched off, so that nothing runs it and nothing needs to support it.</summary>
public static class StatementSkipping
{
    /// <summary>True for a statement written with a leading <c>!</c> or with the attribute <c>disabled = true</c> (reference §5.1).</summary>
    public static bool IsSkipped(this StatementNode statement) =>
        statement.Disabled || OwnAttributes(statement).Any(a => a.Name == "disabled" && a.Value is LiteralExpression { Kind: LiteralKind.True });

    private static IReadOnlyList<AttributeNode> OwnAttributes(StatementNode statement) => statement switch
    {
        CallStatement call => call.Attributes?.Attributes ?? [],
        ConditionalStatement conditional => conditional.Attributes,
        LoopStatement loop => loop.Attributes,
        SwitchStatement @switch => @switch.Attributes,
        TryCatchStatement tryCatch => tryCatch.Attributes,
        StackStatement stack => stack.Attributes,
        _ => [],
    };
}
