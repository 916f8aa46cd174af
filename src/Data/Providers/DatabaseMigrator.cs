using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Data.Model;

namespace Platform.Data.Providers;

/// <summary>Brings the database up to the latest migration of its provider. Migrations only add; they never drop user data.</summary>
public sealed partial class DatabaseMigrator(
    IDbContextFactory<PlatformDbContext> contexts, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
            SqlitePlatformDbContext.EnsureFolderExists(options.Value.ConnectionString);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CreateDatabaseAndHistoryAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            LogApplying(logger, pending.Count, options.Value.Provider, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// EF 9+ reads the migrations history before creating it and, on a new PostgreSQL database, logs that
    /// read as a failed command (dotnet/efcore#37328). Creating both first keeps a first start's log free of false errors.
    /// </summary>
    private static async Task CreateDatabaseAndHistoryAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
            await creator.CreateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) on {Provider}: {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, DatabaseProvider provider, IReadOnlyList<string> migrations);
}
