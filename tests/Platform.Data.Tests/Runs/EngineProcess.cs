using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Platform.Data.Providers;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The product as a separate process: <c>dotnet Platform.Web.dll --role worker</c> (scheduler, worker and reaper, no
/// web server) on a test database, configured on its command line. Its output is kept for failure messages; disposing
/// kills it if it still runs, so a failed test leaves no process behind.
/// </summary>
internal sealed class EngineProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EngineProcess(string node, Process process)
    {
        Node = node;
        _process = process;
    }

    /// <summary>The node name it writes into run records (<c>Engine:Node</c>).</summary>
    public string Node { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What it printed last (the host's start-up lines, warnings and errors).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts a worker process; <paramref name="settings"/> are extra configuration keys (<c>Engine:LeaseSeconds</c>…).</summary>
    public static EngineProcess Start(string node, DatabaseOptions database, IReadOnlyDictionary<string, string> settings)
    {
        var dll = WebDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var arguments = new Dictionary<string, string>(settings)
        {
            ["role"] = "worker",
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Platform"] = database.ConnectionString,
            ["Engine:Node"] = node,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in arguments)
            start.ArgumentList.Add($"--{key}={value}");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var engine = new EngineProcess(node, process);
        process.OutputDataReceived += (_, line) => engine.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => engine.Keep(line.Data);
        process.Exited += (_, _) => engine.OnExited();
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {start.FileName} {dll}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return engine;
    }

    /// <summary>Completes when the host says it has started (its scheduler and worker run); fails if it exits first.</summary>
    public async Task WhenStartedAsync(TimeSpan timeout)
    {
        try
        {
            await _started.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Engine process {Node} did not start within {timeout.TotalSeconds} s:\n{Output}");
        }
    }

    /// <summary>kill -9 of the process and anything it started: no shutdown code runs, nothing is handed back.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>A graceful stop (SIGTERM, as a service manager sends); the answer is the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("Could not run kill."))
            await signal.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Engine process {Node} did not stop within {timeout.TotalSeconds} s of SIGTERM:\n{Output}");
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
                await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // It had already exited (or never started): nothing to clean up.
        }
        _process.Dispose();
    }

    /// <summary>The web app's build output (built before this project, see the project file).</summary>
    private static string WebDll()
    {
        var path = typeof(EngineProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PlatformWebDll").Value!;
        return File.Exists(path) ? path : throw new FileNotFoundException($"The web app is not built at {path}; build tests/Platform.Data.Tests.", path);
    }

    private void OnExited()
    {
        if (_started.Task.IsCompleted)
            return;
        try
        {
            // Without a time-out, WaitForExit also waits until the output has been read to its end.
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Disposed meanwhile (the test gave up waiting): the output is what it is.
        }
        _started.TrySetException(new InvalidOperationException($"Engine process {Node} exited before it started:\n{Output}"));
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        if (line.Contains("Application started.", StringComparison.Ordinal))
            _started.TrySetResult();
        _output.Enqueue(line);
        while (_output.Count > KeptLines)
            _output.TryDequeue(out _);
    }
}

/// <summary>The processes of one test; disposing kills those still running, so a failing test leaves none behind.</summary>
internal sealed class EngineNodes : IAsyncDisposable
{
    public List<EngineProcess> All { get; } = [];

    public void Add(EngineProcess process) => All.Add(process);

    public Task WhenStartedAsync(TimeSpan timeout) => Task.WhenAll(All.Select(p => p.WhenStartedAsync(timeout)));

    /// <summary>Stops every live process gracefully and at once; the answers are their exit codes.</summary>
    public async Task<(string Node, int Code, string Output)[]> StopRunningAsync(TimeSpan timeout) =>
        await Task.WhenAll(All.Where(p => !p.HasExited).Select(async p => (p.Node, await p.StopAsync(timeout), p.Output)));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in All)
            await process.DisposeAsync();
    }
}
