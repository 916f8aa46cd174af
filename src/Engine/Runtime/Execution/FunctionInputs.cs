using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Binds the input given to a function to its <c>input { }</c> block: defaults fill what is missing, and a required
/// input that is missing (or null, or empty text) is an input error naming it (reference §3.8).
/// </summary>
internal static class FunctionInputs
{
    public static XsValue Bind(ConstructNode function, XsValue given)
    {
        var provided = given.Kind == ValueKind.Object ? given.AsObject : XsObject.Empty;
        if (function.FindClause("input") is not InputClause inputs)
            return XsValue.Object(provided);
        var result = provided;
        foreach (var field in inputs.Block.Fields)
        {
            if (field.Name is not { } name)
                continue;
            var value = provided.Get(name.Name);
            if (value.IsNull && field.Default is { } fallback)
                result = result.Set(name.Name, DefaultValue(fallback));
            else if (IsMissing(value) && !field.Optional && !(field.Nullable && value.IsNull && provided.ContainsKey(name.Name)))
                throw new ScriptErrorException(new XsError(XsError.InputError, $"The input '{name.Name}' is required."));
        }
        return XsValue.Object(result);
    }

    private static bool IsMissing(XsValue value) => value.IsNull || (value.Kind == ValueKind.Text && value.AsText.Length == 0);

    // A bare word default (sort?=asc) is its text.
    private static XsValue DefaultValue(ExpressionNode fallback) =>
        fallback is IdentifierExpression word ? XsValue.Text(word.Name) : ConstantEvaluator.Evaluate(fallback);
}
