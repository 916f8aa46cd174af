using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Data.Providers;

namespace Platform.Tools.DesignHost;

// Scaffolding only inspects the model; these connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        SqlitePlatformDbContext.Configure(builder, "Data Source=design-time.db");
        return new SqlitePlatformDbContext(builder.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PostgresPlatformDbContext.Configure(builder, "Host=127.0.0.1;Database=design_time");
        return new PostgresPlatformDbContext(builder.Options);
    }
}
