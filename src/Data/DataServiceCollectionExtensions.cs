using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Records;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Variables;
using Platform.Data.Workspaces;
using Platform.Engine.Work;

namespace Platform.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite or PostgreSQL, from configuration) and the stores over it.</summary>
    public static IServiceCollection AddPlatformData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
                DatabaseOptions.Bind(options, configuration, environment.ContentRootPath));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDbContextFactory<PlatformDbContext>, PlatformDbContextFactory>();
        // Identity's stores want a scoped context; everything else creates one per operation.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<WorkspaceStore>();
        services.AddSingleton<TaskStore>();
        services.AddSingleton<DatasourceStore>();
        services.AddSingleton<MemberStore>();
        // Values are encrypted by the host's ISecretProtector (ASP.NET Data Protection in the web app).
        services.AddSingleton<RunVariables>();
        services.AddSingleton<VariableStore>();
        // Schema changes keep the records' expression indexes in step with the fields marked index or unique.
        services.AddSingleton<IRecordIndexSync, RecordIndexSync>();
        services.AddSingleton<TableStore>();
        services.AddSingleton<WorkspaceSchemaLoader>();
        services.TryAddSingleton<IRecordPasswordHasher>(BcryptRecordPasswordHasher.Default);
        services.AddSingleton<SqlRecordStoreFactory>();
        return services;
    }

    /// <summary>
    /// The engine's ports on the Platform database (run queue, scheduled tasks, versions, run environments) and the
    /// services the UI uses (publishing, run history, retention). Call after <see cref="AddPlatformData"/>.
    /// <paramref name="environment"/> sets what runs may reach (SMTP, HTTP policy, limits); the defaults reach no mail.
    /// </summary>
    public static IServiceCollection AddPlatformRuns(this IServiceCollection services, Action<RunEnvironmentOptions>? environment = null)
    {
        services.AddOptions<RunEnvironmentOptions>();
        if (environment is not null)
            services.Configure(environment);
        services.AddSingleton<SqlRunQueue>();
        services.AddSingleton<IRunQueue>(sp => sp.GetRequiredService<SqlRunQueue>());
        services.AddSingleton<IScheduledTaskSource, SqlScheduledTaskSource>();
        services.AddSingleton<ITaskVersionSource, SqlTaskVersionSource>();
        services.AddSingleton<IRunEnvironmentFactory>(sp => new SqlRunEnvironmentFactory(
            sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RunEnvironmentOptions>>().Value,
            sp.GetRequiredService<RunVariables>()));
        services.AddSingleton<TaskPublisher>();
        services.AddSingleton<RunHistory>();
        services.AddSingleton<ManualRuns>();
        services.AddSingleton<RunRetention>();
        services.AddSingleton<SqlNodeRegistry>();
        services.AddSingleton<INodeRegistry>(sp => sp.GetRequiredService<SqlNodeRegistry>());
        services.AddSingleton<IQueueDepthSource>(sp => sp.GetRequiredService<SqlNodeRegistry>());
        services.TryAddSingleton(new NodeHeartbeatOptions());
        services.AddSingleton<EngineStatusReader>();
        return services;
    }
}
