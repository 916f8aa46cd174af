using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>var and var.update (reference §6.1).</summary>
internal static class VariableStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("var", Assign);
        registry.Add("var.update", Assign);
    }

    private static ValueTask<XsValue> Assign(StatementCall call)
    {
        call.AssignTarget(call.Attribute("value"));
        return ValueTask.FromResult(XsValue.Null);
    }
}
