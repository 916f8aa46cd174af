using Platform.Engine.Runtime.Templates;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>A template's view of its run: $var, $input, $env, $auth and the stack variables by name; the run's clock and limits.</summary>
internal sealed class RunTemplateHost(StatementCall call) : ITemplateHost
{
    private static readonly string[] RunVariables = ["input", "env", "auth"];

    // A template cannot change the run's variables, so one snapshot serves the whole rendering.
    private XsValue? _stackVariables;

    public TimeProvider Clock => call.Run.Clock;

    public long LoopLimit => call.Run.Limits.LoopIterations;

    public long ValueBytes => call.Run.Limits.ValueBytes;

    public void CountIteration() => call.Evaluator.CountIteration();

    public bool TryGetVariable(string name, out XsValue value)
    {
        if (name == "var")
        {
            value = _stackVariables ??= call.Run.Frame.Snapshot();
            return true;
        }
        if (RunVariables.Contains(name))
        {
            value = call.Evaluator.Variable("$" + name);
            return true;
        }
        return call.Run.Frame.Variables.TryGetValue("$" + name, out value);
    }
}
