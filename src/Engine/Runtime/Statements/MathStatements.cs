using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// math.add, math.sub, math.mul, math.div, math.mod and math.bitwise.and/or/xor (reference §6.4): the variable
/// becomes <c>$variable op value</c>, computed exactly as the matching filters (|add, |bitwise_and…) compute it.
/// </summary>
internal static class MathStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("math.add", call => Update(call, NumberOperation.Add));
        registry.Add("math.sub", call => Update(call, NumberOperation.Subtract));
        registry.Add("math.mul", call => Update(call, NumberOperation.Multiply));
        registry.Add("math.div", call => Update(call, NumberOperation.Divide));
        registry.Add("math.mod", call => Update(call, NumberOperation.Modulus));
        registry.Add("math.bitwise.and", call => Update(call, NumberOperation.BitwiseAnd));
        registry.Add("math.bitwise.or", call => Update(call, NumberOperation.BitwiseOr));
        registry.Add("math.bitwise.xor", call => Update(call, NumberOperation.BitwiseXor));
    }

    private static ValueTask<XsValue> Update(StatementCall call, NumberOperation operation)
    {
        call.AssignTarget(NumberOperations.Apply(operation, call.Target(), call.Attribute("value"), call.Error));
        return ValueTask.FromResult(XsValue.Null);
    }
}
