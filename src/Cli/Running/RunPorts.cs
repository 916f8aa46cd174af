using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Functions;
using Platform.Engine.Runtime.Http;
using Platform.Engine.Runtime.InMemory;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Time;

namespace Platform.Cli.Running;

/// <summary>
/// A run's surroundings on the command line: an in-memory database seeded from --data, a mailer that records
/// instead of sending, real HTTP to public addresses only, the functions of --functions, and a fixed or real clock.
/// </summary>
internal sealed class RunPorts : IDisposable
{
    private const string EnvironmentPrefix = "XS_ENV_";

    private readonly HttpClientGateway _http = new(HttpPolicy.Default);

    /// <param name="datasource">Where the run starts and --data is seeded: the task's <c>datasource</c>, else live.</param>
    public RunPorts(RunOptions options, InMemoryFunctionLibrary functions, string datasource)
    {
        Functions = functions;
        Datasource = datasource;
        Clock = options.Now is { } now ? new ManualClock(now) : TimeProvider.System;
        Records = InMemoryRecordStore.FromJson(options.SeedJson, Clock, datasource);
    }

    public string Datasource { get; }

    public TimeProvider Clock { get; }

    public InMemoryRecordStore Records { get; }

    public RecordingMailer Mail { get; } = new();

    public InMemoryFunctionLibrary Functions { get; }

    public RunEnvironment Environment() => new()
    {
        Clock = Clock,
        Records = Records,
        Mail = Mail,
        Http = _http,
        Functions = Functions,
        Datasource = Datasource,
        Variables = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            .ToDictionary(name => name[EnvironmentPrefix.Length..], name => System.Environment.GetEnvironmentVariable(name) ?? "", StringComparer.Ordinal),
    };

    public void Dispose() => _http.Dispose();
}
