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
        services.AddOptions<EngineHostOptions>().BindConfiguration(EngineHostOptions.Section);
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
            sp.GetRequiredService<LeaseReaper>(),
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

    public SchedulerOptions Scheduler() => new() { TickInterval = TimeSpan.FromSeconds(TickSeconds) };

    public WorkerOptions Worker() => new()
    {
        Node = string.IsNullOrWhiteSpace(Node) ? $"{System.Environment.MachineName}-{System.Environment.ProcessId}" : Node,
        MaxConcurrentRuns = MaxConcurrentRuns,
        PerWorkspaceLimit = PerWorkspaceLimit,
        PollInterval = TimeSpan.FromSeconds(PollSeconds),
    };
}
