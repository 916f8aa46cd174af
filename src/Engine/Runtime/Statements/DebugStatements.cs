using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>debug.log, util.sleep, precondition and throw: statements that log, wait or raise.</summary>
internal static class DebugStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("debug.log", Log);
        registry.Add("util.sleep", SleepAsync);
        registry.Add("precondition", Precondition);
        registry.Add("throw", Throw);
    }

    private static ValueTask<XsValue> Log(StatementCall call)
    {
        call.Run.AddLog(call.Attribute("value"), call.Node.KeywordSpan);
        return ValueTask.FromResult(XsValue.Null);
    }

    // Waits the given seconds (decimals allowed); cancelling the run ends the wait at once.
    private static async ValueTask<XsValue> SleepAsync(StatementCall call)
    {
        var seconds = Math.Max(0, call.Number("value"));
        var delay = TimeSpan.FromSeconds(Math.Min(seconds, call.Run.Limits.WallTime.TotalSeconds + 1));
        await Task.Delay(delay, call.Run.Clock, call.CancellationToken);
        return XsValue.Null;
    }

    private static ValueTask<XsValue> Precondition(StatementCall call)
    {
        if (ValueConversions.IsTruthy(call.Target()))
            return ValueTask.FromResult(XsValue.Null);
        var type = call.Has("error_type") ? call.Text("error_type") : "standard";
        var message = call.Has("error") ? call.Text("error") : "Precondition failed.";
        throw new ScriptErrorException(new XsError(XsError.CodeForType(type), message, Payload: call.Attribute("payload")));
    }

    private static ValueTask<XsValue> Throw(StatementCall call)
    {
        var name = call.Has("name") ? call.Text("name") : null;
        throw new ScriptErrorException(new XsError(XsError.Fatal, call.Text("value"), name));
    }
}
