using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Identity;
using Platform.Data.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Data.Records;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Engine.Work;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using Platform.Web.Identity;
using Platform.Web.Services;
using Platform.Web.Services.Database;
using Platform.Web.Services.Editor;
using Platform.Web.Services.Runs;

namespace Platform.Web.Tests.Database;

/// <summary>
/// Components over a real, migrated database and the real stores: Ada is signed in and owns workspace "Shop".
/// SQLite unless a subclass runs on PostgreSQL.
/// </summary>
public abstract class DatabaseComponentTests : ComponentTests, IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected Guid Ada { get; private set; }

    protected int WorkspaceId { get; private set; }

    protected TableStore Tables => Services.GetRequiredService<TableStore>();

    protected WorkspaceRecords Records => Services.GetRequiredService<WorkspaceRecords>();

    protected WorkspaceAccess Access { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Ada = await CreateUserAsync("ada");
        Services.AddSingleton<IDbContextFactory<PlatformDbContext>>(Database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<WorkspaceStore>();
        Services.AddSingleton<TableStore>();
        Services.AddSingleton<DatasourceStore>();
        Services.AddSingleton<MemberStore>();
        Services.AddSingleton<WorkspaceRecords>();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<WorkspaceSession>();
        Services.AddScoped<TableService>();
        Services.AddScoped<RecordService>();
        Services.AddScoped<DatasourceService>();
        Services.AddScoped<MemberService>();
        SignIn(Ada);
        WorkspaceId = (await Services.GetRequiredService<WorkspaceStore>().CreateAsync(Ada, "Shop")).Value!.Id;
        Access = (await Services.GetRequiredService<WorkspaceStore>().OpenAsync(Ada, WorkspaceId))!;
    }

    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();

    /// <summary>What the task page needs besides the workspace: tasks, publishing, runs, Run now and the editor's services.</summary>
    protected void AddTaskServices()
    {
        Services.AddSingleton<TaskStore>();
        Services.AddSingleton<WorkspaceSchemaLoader>();
        Services.AddSingleton<TaskPublisher>();
        Services.AddSingleton<RunHistory>();
        Services.AddScoped<TaskService>();
        Services.AddSingleton<ScriptLanguageService>();
        Services.AddScoped(sp => new EditorSchemaSource(
            sp.GetRequiredService<WorkspaceSchemaLoader>(), sp.GetRequiredService<CurrentUser>(), TimeProvider.System, NullLogger<EditorSchemaSource>.Instance));
        Services.AddSingleton<IRunQueue>(sp => new SqlRunQueue(Database, TimeProvider.System));
        Services.AddSingleton<ManualRuns>();
        Services.AddSingleton<LiveRunFeed>();
        Services.AddScoped<RunNowService>();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected void SignIn(Guid user) =>
        AddAuthorization().SetAuthorized("ada").SetClaims(new Claim(ClaimTypes.NameIdentifier, user.ToString()));

    protected async Task<Guid> CreateUserAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        var user = new PlatformUser
        {
            Id = Guid.NewGuid(),
            UserName = $"{name}@example.com",
            NormalizedUserName = $"{name.ToUpperInvariant()}@EXAMPLE.COM",
            Email = $"{name}@example.com",
            NormalizedEmail = $"{name.ToUpperInvariant()}@EXAMPLE.COM",
            DisplayName = name,
            CreatedAt = DateTime.UtcNow,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    protected async Task<TableDocument> GivenTableAsync(string name, params FieldSpec[] fields)
    {
        var table = (await Tables.CreateAsync(Ada, WorkspaceId, name)).Value!;
        foreach (var field in fields)
        {
            var added = await Tables.AddFieldAsync(Ada, WorkspaceId, table.Id, field, table.ConcurrencyStamp);
            Assert.True(added.Succeeded, added.Problem?.Message);
            table = added.Value;
        }
        return table;
    }

    protected async Task<TableDocument> ReloadAsync(TableDocument table) => (await Tables.GetAsync(Ada, WorkspaceId, table.Id)).Value!;

    protected RecordTarget TargetIn(TableDocument table, string datasource) =>
        new(WorkspaceId, table.Id, Access.Datasources.Single(d => d.Name == datasource).Id);

    /// <summary>Adds records through the record store, as the UI does.</summary>
    protected async Task AddRecordsAsync(TableDocument table, string datasource, params XsObject[] records)
    {
        foreach (var record in records)
        {
            var added = await Records.AddAsync(Ada, TargetIn(table, datasource), record);
            Assert.True(added.Succeeded, added.Problem?.Message);
        }
    }

    protected static XsObject Record(params (string Field, XsValue Value)[] values) =>
        XsObject.Create(values.Select(v => new KeyValuePair<string, XsValue>(v.Field, v.Value)));
}
