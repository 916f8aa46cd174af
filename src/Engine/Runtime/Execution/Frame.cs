using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// The variables of one function or task run. Variables are stack-global (reference §5.4): a block creates no
/// scope, so one dictionary serves the whole stack; function.run gets a fresh frame.
/// </summary>
internal sealed class Frame(XsValue input)
{
    public Dictionary<string, XsValue> Variables { get; } = new(StringComparer.Ordinal);

    public XsValue Input { get; } = input;

    /// <summary>The error a catch is handling ($error), and the response a test sees ($response).</summary>
    public XsValue Error { get; set; }

    public XsValue Response { get; set; }

    public XsValue Get(string name) => Variables.TryGetValue(name, out var value) ? value : XsValue.Null;

    /// <summary>All variables as one object, for util.get_vars and $var.</summary>
    public XsValue Snapshot() => XsValue.Object(XsObject.Create(Variables.Select(v => new KeyValuePair<string, XsValue>(v.Key.TrimStart('$'), v.Value))));
}
