using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Records;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;

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
        // Schema changes keep the records' expression indexes in step with the fields marked index or unique.
        services.AddSingleton<IRecordIndexSync, RecordIndexSync>();
        services.AddSingleton<TableStore>();
        services.AddSingleton<WorkspaceSchemaLoader>();
        services.TryAddSingleton<IRecordPasswordHasher>(BcryptRecordPasswordHasher.Default);
        services.AddSingleton<SqlRecordStoreFactory>();
        return services;
    }
}
