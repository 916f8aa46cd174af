using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Platform.Data.Runs;
using Platform.Data.Secrets;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Variables;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Scheduling;
using Platform.Engine.Work;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Runs;

/// <summary>
/// The engine over the SQL ports on a fake clock: a user with a workspace, tasks published through the real
/// publisher, and a scheduler and workers driven tick by tick (as the engine's own WorkWorld does in memory).
/// </summary>
internal sealed class RunWorld
{
    /// <summary>Wednesday 2025-01-15 10:00:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public const string Quick = "var $x { value = 1 }";

    public const string Endless = """
        var $i { value = 0 }
        while (true) {
          each {
            var.update $i { value = $i + 1 }
          }
        }
        """;

    public const string Failing = """
        precondition (false) {
          error = "Nothing to do"
        }
        """;

    private RunWorld(TestDatabase database, TimeProvider clock, Guid user, int workspaceId)
    {
        Database = database;
        Time = clock;
        User = user;
        WorkspaceId = workspaceId;
        Variables = new RunVariables(database, clock, Secrets);
        Queue = new SqlRunQueue(database, clock);
        Source = new SqlScheduledTaskSource(database, clock);
        Versions = new SqlTaskVersionSource(database);
        Environments = new SqlRunEnvironmentFactory(database, clock, new RunEnvironmentOptions
        {
            Limits = RunLimits.Default with { LoopIterations = long.MaxValue, Steps = long.MaxValue },
        }, Variables);
        Publisher = new TaskPublisher(database, new WorkspaceSchemaLoader(database), clock);
        Scheduler = new SchedulerLoop(Source, Compiled, clock, new SchedulerOptions(), new LeaseReaper(Queue, Versions, clock, new Random(7)));
    }

    public TestDatabase Database { get; }

    /// <summary>Encrypts the workspace's environment variables, for the store and the runs alike.</summary>
    public ISecretProtector Secrets { get; } = TestSecrets.Create();

    /// <summary>The variables runs read; stores made with <see cref="VariableStore"/> make it read them again.</summary>
    public RunVariables Variables { get; }

    public VariableStore VariableStore(ISecretProtector? secrets = null) => new(Database, Time, secrets ?? Secrets, Variables);

    /// <summary>The clock every part uses: a fake one unless the test runs in real time.</summary>
    public TimeProvider Time { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Time;

    public Guid User { get; }

    public int WorkspaceId { get; }

    public CompiledTaskCache Compiled { get; } = new();

    public SqlRunQueue Queue { get; }

    public SqlScheduledTaskSource Source { get; }

    public SqlTaskVersionSource Versions { get; }

    public SqlRunEnvironmentFactory Environments { get; }

    public TaskPublisher Publisher { get; }

    public SchedulerLoop Scheduler { get; }

    public TaskStore Tasks => new(Database, Time);

    public WorkerOptions Options { get; set; } = new()
    {
        Node = "node-1",
        MaxConcurrentRuns = 8,
        PerWorkspaceLimit = 8,
        LeaseDuration = TimeSpan.FromSeconds(30),
        HeartbeatInterval = TimeSpan.FromSeconds(10),
    };

    public static async Task<RunWorld> CreateAsync(TestDatabase database, Func<string, Task<Guid>> createUser, TimeProvider? time = null)
    {
        var clock = time ?? new FakeTimeProvider(Start);
        var user = await createUser("ada");
        var workspace = await new WorkspaceStore(database, clock).CreateAsync(user, "Acme");
        return new RunWorld(database, clock, user, workspace.Value!.Id);
    }

    public Worker Worker(string node = "node-1", Func<WorkerOptions, WorkerOptions>? adjust = null, IRunEnvironmentFactory? environments = null)
    {
        var options = Options with { Node = node };
        return new Worker(new WorkerPorts(Queue, Versions, environments ?? Environments), adjust?.Invoke(options) ?? options, Time, new Random(7), Compiled);
    }

    /// <summary>Creates a task with this stack and schedule, saves its settings, publishes it; the answer is its id.</summary>
    public async Task<int> PublishAsync(string name, string stack, TaskSettings? settings = null, bool active = true, params (int StartsIn, int? Freq, int? EndsIn)[] events)
    {
        var created = await Tasks.CreateAsync(User, WorkspaceId, name);
        var saved = await Tasks.SaveScriptAsync(User, WorkspaceId, created.Value!.Id, Script(name, stack, active, events), created.Value.ConcurrencyStamp);
        Assert.True(saved.Succeeded, saved.Problem?.Message);
        if (settings is not null)
            await Tasks.SaveSettingsAsync(User, WorkspaceId, saved.Value.Id, TaskSettingsJson.Write(settings), saved.Value.ConcurrencyStamp);
        var published = await Publisher.PublishAsync(User, WorkspaceId, saved.Value.Id, "first");
        Assert.True(published.Succeeded, published.Problem?.Message);
        return saved.Value.Id;
    }

    /// <summary>Saves a new draft script and publishes it.</summary>
    public async Task<int> RepublishAsync(int taskId, string name, string stack, bool active, params (int StartsIn, int? Freq, int? EndsIn)[] events)
    {
        var draft = (await Tasks.GetAsync(User, WorkspaceId, taskId)).Value!;
        Assert.True((await Tasks.SaveScriptAsync(User, WorkspaceId, taskId, Script(name, stack, active, events), draft.ConcurrencyStamp)).Succeeded);
        var published = await Publisher.PublishAsync(User, WorkspaceId, taskId, null);
        Assert.True(published.Succeeded, published.Problem?.Message);
        return published.Value.Number;
    }

    public static string Script(string name, string stack, bool active, params (int StartsIn, int? Freq, int? EndsIn)[] events)
    {
        var schedule = string.Join(", ", events.Select(Event));
        return $$"""
            task {{name}} {
              stack {
                {{stack.Replace("\n", "\n    ", StringComparison.Ordinal)}}
              }

              schedule = [{{schedule}}]
            {{(active ? "" : "  active = false\n")}}}

            """;
    }

    /// <summary>Each second from now for <paramref name="seconds"/> seconds: a scheduler tick, then the workers drain the queue.</summary>
    public async Task RunForAsync(int seconds, params Worker[] workers)
    {
        for (var second = 0; second <= seconds; second++)
        {
            if (second > 0)
                Clock.Advance(TimeSpan.FromSeconds(1));
            await Scheduler.TickAsync();
            await Task.WhenAll(workers.Select(DrainAsync));
        }
    }

    public static async Task DrainAsync(Worker worker)
    {
        while (await worker.PollAsync() > 0)
            await worker.WhenRunsFinishedAsync();
        await worker.WhenRunsFinishedAsync();
    }

    /// <summary>Moves the clock a step at a time until a condition holds, letting other threads react between steps.</summary>
    public async Task AdvanceUntilAsync(Func<Task<bool>> condition, TimeSpan step, int mostSteps, string what)
    {
        for (var steps = 0; steps < mostSteps && !await condition(); steps++)
        {
            Clock.Advance(step);
            await Task.Delay(20);
        }
        for (var tries = 0; tries < 500 && !await condition(); tries++)
            await Task.Delay(10);
        Assert.True(await condition(), $"Timed out waiting until {what}.");
    }

    public async Task<List<RunEntry>> RunsAsync(int? taskId = null)
    {
        await using var db = Database.CreateDbContext();
        return await db.Runs.AsNoTracking().Where(r => taskId == null || r.TaskId == taskId).OrderBy(r => r.Id).ToListAsync();
    }

    public async Task<RunEntry> RunAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.Runs.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    public async Task<List<RunEvent>> EventsAsync(long runId)
    {
        await using var db = Database.CreateDbContext();
        return await db.RunEvents.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<DateTime?> NextOccurrenceAsync(int taskId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Tasks.Where(t => t.Id == taskId).Select(t => t.NextOccurrence).SingleAsync();
    }

    public NewRun Manual(int taskId, DateTimeOffset? at = null, int attempt = 1, int version = 1, int? workspaceId = null)
    {
        var now = at ?? Time.GetUtcNow();
        return new NewRun(taskId, workspaceId ?? WorkspaceId, version, "live", RunTrigger.Manual, now, attempt, now);
    }

    public static DateTime Utc(DateTimeOffset instant) => instant.UtcDateTime;

    private static string Event((int StartsIn, int? Freq, int? EndsIn) e)
    {
        var parts = new List<string> { $"starts_on: {Stamp(e.StartsIn)}" };
        if (e.Freq is { } freq)
            parts.Add($"freq: {freq}");
        if (e.EndsIn is { } ends)
            parts.Add($"ends_on: {Stamp(ends)}");
        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Stamp(int secondsAfterStart) =>
        Start.AddSeconds(secondsAfterStart).ToString("yyyy-MM-dd HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
}
