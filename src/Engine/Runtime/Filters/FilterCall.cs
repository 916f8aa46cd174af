using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Filters;

/// <summary>One filter invocation: the input, its arguments (evaluated once, when asked for), and the run it belongs to.</summary>
public sealed class FilterCall
{
    private readonly IFilterArguments _arguments;
    private XsValue[]? _evaluated;
    private bool[]? _done;
    private long _iterations;

    public FilterCall(string name, XsValue input, IFilterArguments arguments, IFilterEnvironment environment)
    {
        Name = name;
        Input = input;
        _arguments = arguments;
        Environment = environment;
    }

    public string Name { get; }

    public XsValue Input { get; }

    public IFilterEnvironment Environment { get; }

    public int ArgumentCount => _arguments.Count;

    public bool HasArgument(int index) => index < _arguments.Count;

    /// <summary>The argument's value (null when it was not given).</summary>
    public XsValue Argument(int index)
    {
        if (index >= _arguments.Count)
            return XsValue.Null;
        _evaluated ??= new XsValue[_arguments.Count];
        _done ??= new bool[_arguments.Count];
        if (!_done[index])
        {
            _evaluated[index] = _arguments.Evaluate(index);
            _done[index] = true;
        }
        return _evaluated[index];
    }

    public XsValue ArgumentOr(int index, XsValue fallback) => HasArgument(index) ? Argument(index) : fallback;

    /// <summary>Evaluates an expression argument for one element (map, filter, reduce…).</summary>
    public XsValue Apply(int index, XsValue item, long position, XsValue parent, XsValue accumulator = default)
    {
        if (++_iterations > Environment.LoopLimit)
            throw new Sandbox.LoopLimitExceededException(Environment.LoopLimit, null);
        Environment.CountIteration();
        return _arguments.EvaluateFor(index, item, position, parent, accumulator);
    }

    /// <summary>An error naming this filter: "|substr: the start must be a number".</summary>
    public ScriptErrorException Error(string message) => ScriptErrorException.Fatal($"|{Name}: {message}");

    // Typed access with messages that name the filter and the argument.
    public string Text(int index) => ValueConversions.ToText(Argument(index));

    public double Number(int index) =>
        ValueConversions.TryToNumber(Argument(index), out var number)
            ? number.ToDouble()
            : throw Error($"argument {index + 1} must be a number, not {ValueConversions.KindName(Argument(index))}.");

    // Whole numbers as they are: through a double, 9223372036854775806 would become 9223372036854775807.
    public long Integer(int index) =>
        ValueConversions.TryToNumber(Argument(index), out var number) && number.IsInteger ? number.AsInt : (long)Number(index);

    public string InputText => ValueConversions.ToText(Input);

    public double InputNumber =>
        ValueConversions.TryToNumber(Input, out var number)
            ? number.ToDouble()
            : throw Error($"it works on numbers, not {ValueConversions.KindName(Input)}.");

    public XsArray InputArray => Input.Kind == ValueKind.Array
        ? Input.AsArray
        : Input.IsNull ? XsArray.Empty : throw Error($"it works on lists, not {ValueConversions.KindName(Input)}.");

    public XsObject InputObject => Input.Kind == ValueKind.Object
        ? Input.AsObject
        : Input.IsNull ? XsObject.Empty : throw Error($"it works on objects, not {ValueConversions.KindName(Input)}.");
}
