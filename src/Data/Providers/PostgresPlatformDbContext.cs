using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;

namespace Platform.Data.Providers;

/// <summary>The model on PostgreSQL; owns the migrations under <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));
}
