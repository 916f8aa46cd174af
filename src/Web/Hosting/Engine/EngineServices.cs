using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Engine.Work;
using Platform.Web.Services.Runs;

namespace Platform.Web.Hosting.Engine;

/// <summary>Where the engine's loops are put together from the data layer's ports.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The run queue, publishing and run history (every role needs them), and, when <paramref name="role"/> runs the
    /// engine, the scheduler, a worker and the PostgreSQL wake-ups as background services.
    /// </summary>
    public static IServiceCollection AddPlatformEngine(this IServiceCollection services, HostRole role)
    {
        // Before the runs: the status page of every role judges nodes lost by the configured threshold.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<EngineHostOptions>>().Value.NodeHeartbeat());
        services.AddPlatformRuns();
        services.AddOptions<EngineHostOptions>().BindConfiguration(EngineHostOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EngineHostOptions>, EngineHostOptionsValidator>();
        services.AddSingleton<LiveRunFeed>();
        if (!role.RunsEngine())
            return services;
        services.AddSingleton<CompiledTaskCache>();
        services.AddSingleton(sp => new EngineMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new LeaseReaper(
            sp.GetRequiredService<IRunQueue>(), sp.GetRequiredService<ITaskVersionSource>(), sp.GetRequiredService<TimeProvider>(), Random.Shared));
        services.AddSingleton(sp => new SchedulerLoop(
            sp.GetRequiredService<IScheduledTaskSource>(),
            sp.GetRequiredService<CompiledTaskCache>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EngineHostOptions>>().Value.Scheduler(),
            reaper: null, // the reaper runs on its own loop (ReaperService), not after each tick
            sp.GetRequiredService<EngineMetrics>(),
            sp.GetRequiredService<ILogger<SchedulerLoop>>()));
        services.AddSingleton(sp => new Worker(
            new WorkerPorts(
                sp.GetRequiredService<IRunQueue>(), sp.GetRequiredService<ITaskVersionSource>(), sp.GetRequiredService<IRunEnvironmentFactory>(),
                sp.GetRequiredService<LiveRunFeed>()),
            sp.GetRequiredService<IOptions<EngineHostOptions>>().Value.Worker(),
            sp.GetRequiredService<TimeProvider>(),
            Random.Shared,
            sp.GetRequiredService<CompiledTaskCache>(),
            sp.GetRequiredService<EngineMetrics>(),
            sp.GetRequiredService<ILogger<Worker>>()));
        services.AddSingleton(sp => NodeHeartbeatFor(sp, role));
        // Registered first, so it stops last: the node stays alive in the registry while its worker drains.
        services.AddHostedService<NodeHeartbeatService>();
        services.AddHostedService<SchedulerService>();
        services.AddHostedService<WorkerService>();
        services.AddHostedService<ReaperService>();
        services.AddHostedService<RunNotificationListener>();
        return services;
    }

    private static NodeHeartbeat NodeHeartbeatFor(IServiceProvider services, HostRole role)
    {
        var worker = services.GetRequiredService<Worker>();
        var clock = services.GetRequiredService<TimeProvider>();
        var node = new NodeIdentity(
            worker.Node, role.ToString().ToLowerInvariant(), System.Environment.MachineName, System.Environment.ProcessId, AppVersion(), clock.GetUtcNow());
        return new NodeHeartbeat(
            services.GetRequiredService<INodeRegistry>(), services.GetRequiredService<IQueueDepthSource>(), node, worker,
            services.GetRequiredService<EngineMetrics>(), clock, services.GetRequiredService<NodeHeartbeatOptions>(),
            services.GetRequiredService<ILogger<NodeHeartbeat>>());
    }

    /// <summary>The build's version with a short commit (<c>1.0.0+410a6f2</c>), as the node registry stores it.</summary>
    private static string AppVersion()
    {
        var version = typeof(EngineServiceCollectionExtensions).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var shortened = plus >= 0 && version.Length > plus + 8 ? version[..(plus + 8)] : version;
        return shortened.Length <= 100 ? shortened : shortened[..100];
    }
}

/// <summary>The engine's settings (<c>Engine:</c> in appsettings.json); every one has a default.</summary>
public sealed class EngineHostOptions
{
    public const string Section = "Engine";

    /// <summary>This process's name in run records; the machine and process id when not set.</summary>
    public string? Node { get; set; }

    public int MaxConcurrentRuns { get; set; } = 16;

    public int PerWorkspaceLimit { get; set; } = 4;

    /// <summary>How often the scheduler looks for due tasks; a run starts at most this late (plus the claim).</summary>
    public double TickSeconds { get; set; } = 0.5;

    public double PollSeconds { get; set; } = 1;

    /// <summary>How long a stopping process waits for its runs before handing them back to the queue.</summary>
    public double ShutdownGraceSeconds { get; set; } = 20;

    /// <summary>How often each engine process records that it is alive (and counts the queue for the gauges).</summary>
    public double NodeHeartbeatSeconds { get; set; } = 5;

    /// <summary>A node silent this long shows as lost on the status page.</summary>
    public double NodeLostSeconds { get; set; } = 30;

    /// <summary>A node silent this long is removed from the registry.</summary>
    public double NodeForgetHours { get; set; } = 24;

    public NodeHeartbeatOptions NodeHeartbeat() => new()
    {
        Interval = TimeSpan.FromSeconds(NodeHeartbeatSeconds),
        LostAfter = TimeSpan.FromSeconds(NodeLostSeconds),
        ForgetAfter = TimeSpan.FromHours(NodeForgetHours),
    };

    /// <summary>How long a claimed run holds without a heartbeat: a crashed or killed node's runs are recovered after this (and at most one heartbeat more).</summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>How often a running run's lease is renewed, and how often each node looks for expired leases; at most half <see cref="LeaseSeconds"/>.</summary>
    public double HeartbeatSeconds { get; set; } = 10;

    public SchedulerOptions Scheduler() => new() { TickInterval = TimeSpan.FromSeconds(TickSeconds) };

    public WorkerOptions Worker() => new()
    {
        Node = string.IsNullOrWhiteSpace(Node) ? $"{System.Environment.MachineName}-{System.Environment.ProcessId}" : Node,
        MaxConcurrentRuns = MaxConcurrentRuns,
        PerWorkspaceLimit = PerWorkspaceLimit,
        PollInterval = TimeSpan.FromSeconds(PollSeconds),
        LeaseDuration = TimeSpan.FromSeconds(LeaseSeconds),
        HeartbeatInterval = TimeSpan.FromSeconds(HeartbeatSeconds),
    };

    /// <summary>What is wrong with these settings, each message naming its setting; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        const double OneDay = 86_400;
        var problems = new List<string>();
        foreach (var (name, seconds, least) in new[]
        {
            (nameof(TickSeconds), TickSeconds, 0.001), (nameof(PollSeconds), PollSeconds, 0.001), (nameof(LeaseSeconds), LeaseSeconds, 0.001),
            (nameof(HeartbeatSeconds), HeartbeatSeconds, 0.001), (nameof(ShutdownGraceSeconds), ShutdownGraceSeconds, 0),
        })
        {
            if (!(seconds >= least && seconds <= OneDay))
                problems.Add($"{Section}:{name} must be between {least} and {OneDay} seconds; it is {seconds}.");
        }
        if (problems.Count == 0)
            problems.AddRange(Worker().Validate().Select(problem => $"{Section} settings: {problem}"));
        return problems;
    }
}

/// <summary>Refuses to start the engine with settings it cannot run on, naming the setting, instead of failing later.</summary>
internal sealed class EngineHostOptionsValidator : IValidateOptions<EngineHostOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineHostOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
