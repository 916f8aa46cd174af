using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Data.Model;

namespace Platform.Data.Providers;

/// <summary>The model on SQLite; owns the migrations under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"));

    /// <summary>Creates the folder of the database file, which SQLite will not do itself.</summary>
    public static void EnsureFolderExists(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
            Directory.CreateDirectory(folder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite keeps no time zone: every instant we store is UTC, so say so when reading it back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
