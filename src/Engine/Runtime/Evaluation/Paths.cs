using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Evaluation;

/// <summary>
/// Assigning to a variable or a path inside it (<c>var.update $order.items[0].qty</c>). Values are immutable, so a
/// path assignment rebuilds the containers along the path; missing keys are created as objects.
/// </summary>
internal static class Paths
{
    public static void Assign(RunContext run, Evaluator evaluator, ExpressionNode target, XsValue value)
    {
        var (root, accessors) = Evaluator.Flatten(target);
        if (root is not VariableExpression variable)
            throw ScriptErrorException.Fatal("Only a variable, or a path inside one, can be assigned.");
        if (Language.Binding.Variables.Reserved.Contains(variable.Name))
            throw ScriptErrorException.Fatal($"'{variable.Name}' is reserved and cannot be assigned.");
        if (accessors.Count == 0)
        {
            run.Frame.Variables[variable.Name] = value;
            return;
        }
        var keys = accessors.Select(accessor => accessor switch
        {
            MemberAccessExpression member => XsValue.Text(member.Member),
            IndexExpression index => evaluator.Evaluate(index.Index),
            _ => XsValue.Null,
        }).ToList();
        run.Frame.Variables[variable.Name] = SetIn(run.Frame.Get(variable.Name), keys, 0, value);
    }

    /// <summary>The container with the value stored at the keys from depth on; missing keys become objects, an index one past the end appends.</summary>
    internal static XsValue SetIn(XsValue container, IReadOnlyList<XsValue> keys, int depth, XsValue value)
    {
        if (depth == keys.Count)
            return value;
        var key = keys[depth];
        if (container.Kind == ValueKind.Array && ValueConversions.TryToNumber(key, out var number))
        {
            var array = container.AsArray;
            var index = (long)number.ToDouble();
            if (index < 0)
                index += array.Count;
            if (index == array.Count)
                return XsValue.Array(array.Add(SetIn(XsValue.Null, keys, depth + 1, value)));
            if (index < 0 || index > array.Count)
                throw ScriptErrorException.Fatal($"Index {(long)number.ToDouble()} is outside the list of {array.Count} elements.");
            return XsValue.Array(array.SetItem((int)index, SetIn(array[(int)index], keys, depth + 1, value)));
        }
        var obj = container.Kind == ValueKind.Object ? container.AsObject : XsObject.Empty;
        if (container.Kind is not (ValueKind.Object or ValueKind.Null))
            throw ScriptErrorException.Fatal($"Cannot set '{ValueConversions.ToText(key)}' inside {ValueConversions.KindName(container)}.");
        var name = ValueConversions.ToText(key);
        return XsValue.Object(obj.Set(name, SetIn(obj.Get(name), keys, depth + 1, value)));
    }
}
