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
        if (target is VariableExpression { Name: not "$var" } plain)
        {
            SetVariable(run, plain.Name, value);
            return;
        }
        AssignPath(run, evaluator, target, value);
    }

    // Separate from Assign: its key-evaluating lambda would otherwise allocate a closure on every plain assignment.
    private static void AssignPath(RunContext run, Evaluator evaluator, ExpressionNode target, XsValue value)
    {
        var (root, accessors) = Evaluator.Flatten(target);
        if (root is not VariableExpression variable)
            throw ScriptErrorException.Fatal("Only a variable, or a path inside one, can be assigned.");
        if (accessors.Count == 0)
        {
            SetVariable(run, variable.Name, value);
            return;
        }
        CheckAssignable(variable.Name);
        var keys = accessors.Select(accessor => accessor switch
        {
            MemberAccessExpression member => XsValue.Text(member.Member),
            IndexExpression index => evaluator.Evaluate(index.Index),
            _ => XsValue.Null,
        }).ToList();
        run.Frame.Variables[variable.Name] = SetIn(run.Frame.Get(variable.Name), keys, 0, value);
    }

    private static void SetVariable(RunContext run, string name, XsValue value)
    {
        CheckAssignable(name);
        run.Frame.Variables[name] = value;
    }

    private static void CheckAssignable(string name)
    {
        if (Language.Binding.Variables.Reserved.Contains(name))
            throw ScriptErrorException.Fatal($"'{name}' is reserved and cannot be assigned.");
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
        // An empty list takes a named key by becoming an object, as PHP's arrays do; a list with elements does not.
        var isEmptyList = container.Kind == ValueKind.Array && container.AsArray.Count == 0;
        var obj = container.Kind == ValueKind.Object ? container.AsObject : XsObject.Empty;
        if (container.Kind is not (ValueKind.Object or ValueKind.Null) && !isEmptyList)
            throw ScriptErrorException.Fatal($"Cannot set '{ValueConversions.ToText(key)}' inside {ValueConversions.KindName(container)}.");
        var name = ValueConversions.ToText(key);
        return XsValue.Object(obj.Set(name, SetIn(obj.Get(name), keys, depth + 1, value)));
    }
}
