using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>Typed access to the list, path and collection arguments of the array and object filters.</summary>
internal static class CollectionArguments
{
    /// <summary>A list argument; null counts as an empty list.</summary>
    public static XsArray ListArgument(this FilterCall call, int index)
    {
        var value = call.Argument(index);
        return value.Kind switch
        {
            ValueKind.Array => value.AsArray,
            ValueKind.Null => XsArray.Empty,
            _ => throw call.Error($"argument {index + 1} must be a list, not {ValueConversions.KindName(value)}."),
        };
    }

    /// <summary>An optional path argument, split into keys (none when it is omitted, "" or null).</summary>
    public static IReadOnlyList<XsValue> PathArgument(this FilterCall call, int index) => ValuePaths.Segments(call.Argument(index));

    /// <summary>An error for an argument of the wrong kind: "argument 1 must be a list or an object, not text."</summary>
    public static Execution.ScriptErrorException ArgumentError(this FilterCall call, int index, string expected) =>
        call.Error($"argument {index + 1} must be {expected}, not {ValueConversions.KindName(call.Argument(index))}.");

    /// <summary>The input when it is a list or an object; null when it is null; an error otherwise.</summary>
    public static XsValue CollectionInput(this FilterCall call) =>
        call.Input.IsNull || ArrayOperations.IsCollection(call.Input)
            ? call.Input
            : throw call.Error($"it works on lists and objects, not {ValueConversions.KindName(call.Input)}.");

    /// <summary>The value with another stored at a path; a path that cannot be followed is this filter's error.</summary>
    public static XsValue Store(this FilterCall call, XsValue container, IReadOnlyList<XsValue> path, XsValue value)
    {
        try
        {
            return ValuePaths.Set(container, path, value);
        }
        catch (Execution.ScriptErrorException error)
        {
            throw call.Error(error.Error.Message);
        }
    }
}
