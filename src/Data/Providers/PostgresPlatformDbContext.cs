using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;

namespace Platform.Data.Providers;

/// <summary>The model on PostgreSQL; owns the migrations under <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Records' fields are one jsonb document: indexable by expression, queryable without a schema change.
        builder.Entity<Tables.WorkspaceRecord>().Property(r => r.Data).HasColumnType("jsonb");
    }
}
