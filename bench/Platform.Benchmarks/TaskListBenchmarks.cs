using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;

namespace Platform.Benchmarks;

/// <summary>The sidebar's query and a save, on a real SQLite file with a workspace of many tasks.</summary>
[MemoryDiagnoser]
public class TaskListBenchmarks
{
    private string _file = "";
    private TaskStore _tasks = null!;
    private Guid _userId;
    private int _workspaceId;
    private TaskDocument _document = null!;

    [Params(100, 1_000)]
    public int TaskCount { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"platform-bench-{Guid.NewGuid():N}.db");
        var create = PlatformDbContextFactory.Build(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" });
        var contexts = new Contexts(create);
        await using (var db = create())
        {
            await db.Database.MigrateAsync();
            var user = new PlatformUser { Id = Guid.NewGuid(), UserName = "bench", DisplayName = "Bench" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            _userId = user.Id;
        }
        _workspaceId = (await new WorkspaceStore(contexts, TimeProvider.System).CreateAsync(_userId, "Bench")).Value!.Id;
        _tasks = new TaskStore(contexts, TimeProvider.System);
        for (var i = 0; i < TaskCount; i++)
            await _tasks.CreateAsync(_userId, _workspaceId, $"task_{i:D5}");
        _document = (await _tasks.GetAsync(_userId, _workspaceId, 1)).Value!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Benchmark]
    public async Task<int> ListTasks() => (await _tasks.ListAsync(_userId, _workspaceId)).Value!.Count;

    [Benchmark]
    public async Task<Guid> SaveScript()
    {
        var saved = await _tasks.SaveScriptAsync(_userId, _workspaceId, _document.Id, _document.Script, _document.ConcurrencyStamp);
        _document = saved.Value!;
        return _document.ConcurrencyStamp;
    }

    private sealed class Contexts(Func<PlatformDbContext> create) : IDbContextFactory<PlatformDbContext>
    {
        public PlatformDbContext CreateDbContext() => create();
    }
}
