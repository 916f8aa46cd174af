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
        services.AddPlatformRuns();
        services.AddOptions<EngineHostOptions>().BindConfiguration(EngineHostOptions.Section);
        services.AddSingleton<LiveRunFeed>();
        if (!role.RunsEngine())
            return services;
        services.AddSingleton<CompiledTaskCache>();
        services.AddSingleton(sp => new EngineMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton(sp => new LeaseReaper(
            sp.GetRequiredService<IRunQueue>(), sp.GetRequiredService<ITaskVersionSource>(), sp.GetRequiredService<TimeProvider>(), Random.Shared));
        services.AddSingleton(sp => new SchedulerLoop(
            sp.GetRequiredService<IScheduledTaskSource>(),
            sp.GetRequiredService<CompiledTaskCache>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EngineHostOptions>>().Value.Scheduler(),
            sp.GetRequiredService<LeaseReaper>(),
            sp.GetRequiredService<EngineMetrics>()));
        services.AddSingleton(sp => new Worker(
            new WorkerPorts(
                sp.GetRequiredService<IRunQueue>(), sp.GetRequiredService<ITaskVersionSource>(), sp.GetRequiredService<IRunEnvironmentFactory>(),
                sp.GetRequiredService<LiveRunFeed>()),
            sp.GetRequiredService<IOptions<EngineHostOptions>>().Value.Worker(),
            sp.GetRequiredService<TimeProvider>(),
            Random.Shared,
            sp.GetRequiredService<CompiledTaskCache>(),
            sp.GetRequiredService<EngineMetrics>()));
        services.AddHostedService<SchedulerService>();
        services.AddHostedService<WorkerService>();
        services.AddHostedService<RunNotificationListener>();
        return services;
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

    public SchedulerOptions Scheduler() => new() { TickInterval = TimeSpan.FromSeconds(TickSeconds) };

    public WorkerOptions Worker() => new()
    {
        Node = string.IsNullOrWhiteSpace(Node) ? $"{System.Environment.MachineName}-{System.Environment.ProcessId}" : Node,
        MaxConcurrentRuns = MaxConcurrentRuns,
        PerWorkspaceLimit = PerWorkspaceLimit,
        PollInterval = TimeSpan.FromSeconds(PollSeconds),
    };
}
