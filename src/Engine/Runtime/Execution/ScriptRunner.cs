using Platform.Engine.Language;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Statements;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Execution;

/// <summary>
/// Runs a task or function and reports how it went. The parse result is the immutable, cacheable script; each run
/// gets its own context. A script with syntax errors, or that uses a statement this server does not run
/// (<see cref="RuntimeSupport"/>), does not start. A run never throws for anything the script does: failures,
/// limits, time-outs and cancellation all come back as a <see cref="RunResult"/>.
/// </summary>
public static class ScriptRunner
{
    public static async Task<RunResult> RunAsync(
        ParseResult script, RunEnvironment environment, RunRequest? request = null, CancellationToken cancellationToken = default)
    {
        using var wallClock = new CancellationTokenSource(environment.Limits.WallTime, environment.Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wallClock.Token);
        var run = new RunContext(environment, request ?? RunRequest.Empty, linked.Token);
        var interpreter = new Interpreter(run, new Evaluator(run, FilterRegistry.Default), StatementRegistry.Default);
        var (status, result, failure) = await RunGuardedAsync(script, run, interpreter, cancellationToken, wallClock.Token);
        return new RunResult(
            status, result, [.. run.Log], [.. run.Trace], run.TraceOmitted, failure,
            new RunCounters(run.Steps, run.DatabaseCalls, run.Requests), run.Elapsed);
    }

    private static async Task<(RunStatus, XsValue, RunFailure?)> RunGuardedAsync(
        ParseResult script, RunContext run, Interpreter interpreter, CancellationToken caller, CancellationToken wallClock)
    {
        if (script.Diagnostics.FirstOrDefault(d => d.IsError) is { } syntax)
            return (RunStatus.Failed, XsValue.Null, new RunFailure(new XsError(XsError.Fatal, $"The script has errors: {syntax.Message}"), syntax.Span));
        if (script.Document.Construct is not { Keyword: "task" or "function" } construct)
            return (RunStatus.Failed, XsValue.Null, new RunFailure(new XsError(XsError.Fatal, "Only a task or a function can run."), null));
        if (RuntimeSupport.FirstUnsupported(script) is { } unsupported)
            return (RunStatus.Failed, XsValue.Null, new RunFailure(new XsError(XsError.Fatal, unsupported.Message), unsupported.Span));
        try
        {
            if (construct.Keyword == "function")
                run.Frame = new Frame(FunctionInputs.Bind(construct, run.Request.Input, run.Clock));
            var result = await interpreter.RunConstructAsync(construct);
            return (RunStatus.Succeeded, result, null);
        }
        catch (ScriptErrorException error)
        {
            return (RunStatus.Failed, XsValue.Null, new RunFailure(error.Error, error.Span, Functions: error.Functions.Count > 0 ? error.Functions : null));
        }
        catch (WallTimeExceededException limit)
        {
            return (RunStatus.TimedOut, XsValue.Null, new RunFailure(new XsError("ERROR_TIMEOUT", limit.Message), limit.Span, limit.Limit));
        }
        catch (LimitExceededException limit)
        {
            return (RunStatus.Failed, XsValue.Null, new RunFailure(new XsError("ERROR_LIMIT", limit.Message), limit.Span, limit.Limit));
        }
        catch (OperationCanceledException) when (wallClock.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            var limit = new WallTimeExceededException(run.Limits.WallTime, null);
            return (RunStatus.TimedOut, XsValue.Null, new RunFailure(new XsError("ERROR_TIMEOUT", limit.Message), null, limit.Limit));
        }
        catch (OperationCanceledException)
        {
            return (RunStatus.Cancelled, XsValue.Null, new RunFailure(new XsError("ERROR_CANCELLED", "The run was cancelled."), null));
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // A fault of this server, not of the script: report it as a failed run rather than take the engine down.
            var message = $"An internal error stopped the run ({unexpected.GetType().Name}: {unexpected.Message}).";
            return (RunStatus.Failed, XsValue.Null, new RunFailure(new XsError("ERROR_INTERNAL", message), null));
        }
    }
}
