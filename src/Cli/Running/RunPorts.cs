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

    public RunPorts(RunOptions options, InMemoryFunctionLibrary functions)
    {
        Functions = functions;
        Clock = options.Now is { } now ? new ManualClock(now) : TimeProvider.System;
        Records = InMemoryRecordStore.FromJson(options.SeedJson, Clock);
    }

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
        Variables = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            .ToDictionary(name => name[EnvironmentPrefix.Length..], name => System.Environment.GetEnvironmentVariable(name) ?? "", StringComparer.Ordinal),
    };

    public void Dispose() => _http.Dispose();
}
