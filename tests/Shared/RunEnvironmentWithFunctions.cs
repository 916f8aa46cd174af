using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Work;

namespace Platform.Tests.Shared;

/// <summary>
/// The server's run environments with a function library added. Workspaces cannot store functions yet, so tests of
/// what a run does with an error raised inside a function (function.run) give the real engine its functions this way.
/// </summary>
public sealed class RunEnvironmentWithFunctions(IRunEnvironmentFactory inner, IFunctionLibrary functions) : IRunEnvironmentFactory, IDisposable
{
    public async ValueTask<RunEnvironment> CreateAsync(RunTarget target, CancellationToken cancellationToken) =>
        await inner.CreateAsync(target, cancellationToken) with { Functions = functions };

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
