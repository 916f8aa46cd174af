using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Binds the input given to a function to its <c>input { }</c> block (reference §3.8): defaults fill what is missing,
/// a required input that is missing (or null, or empty text) is an input error naming it, and every given value is
/// converted to its declared type and passed through its input filters (<see cref="InputValues"/>). Inputs the
/// block does not declare are kept as given.
/// </summary>
internal static class FunctionInputs
{
    public static XsValue Bind(ConstructNode function, XsValue given, TimeProvider clock)
    {
        var provided = given.Kind == ValueKind.Object ? given.AsObject : XsObject.Empty;
        if (function.FindClause("input") is not InputClause inputs)
            return XsValue.Object(provided);
        return XsValue.Object(BindFields(inputs.Block, provided, "", clock));
    }

    /// <summary>The fields of one block; <paramref name="path"/> prefixes the names of a nested object's fields in messages.</summary>
    internal static XsObject BindFields(InputBlock block, XsObject provided, string path, TimeProvider clock)
    {
        var result = provided;
        foreach (var field in block.Fields)
        {
            if (field.Name is not { } name)
                continue;
            var label = path + name.Name;
            var value = provided.Get(name.Name);
            if (value.IsNull && field.Default is { } fallback)
                value = DefaultValue(fallback, clock);
            if (IsMissing(value))
            {
                if (!field.Optional && !(field.Nullable && value.IsNull && provided.ContainsKey(name.Name)))
                    throw InputValues.Invalid($"The input '{label}' is required.");
                continue;
            }
            result = result.Set(name.Name, InputValues.Convert(field, value, label, clock));
        }
        return result;
    }

    private static bool IsMissing(XsValue value) => value.IsNull || (value.Kind == ValueKind.Text && value.AsText.Length == 0);

    // A bare word default (sort?=asc) is its text; now is the run's clock.
    private static XsValue DefaultValue(ExpressionNode fallback, TimeProvider clock) => fallback switch
    {
        IdentifierExpression word => XsValue.Text(word.Name),
        LiteralExpression { Kind: LiteralKind.Now } => XsValue.Timestamp(clock.GetUtcNow().ToUnixTimeMilliseconds()),
        _ => ConstantEvaluator.Evaluate(fallback),
    };
}
