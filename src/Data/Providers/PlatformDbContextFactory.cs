using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Data.Model;

namespace Platform.Data.Providers;

/// <summary>
/// Creates the provider's context. Options are read on first use, not at registration, so a host
/// (or a test) can still change the configuration after services are registered.
/// </summary>
public sealed class PlatformDbContextFactory : IDbContextFactory<PlatformDbContext>
{
    private readonly Lazy<Func<PlatformDbContext>> _create;

    public PlatformDbContextFactory(IOptions<DatabaseOptions> options, ILoggerFactory loggerFactory)
    {
        _create = new(() => Build(options.Value, loggerFactory));
    }

    public PlatformDbContext CreateDbContext() => _create.Value();

    public static Func<PlatformDbContext> Build(DatabaseOptions options, ILoggerFactory? loggerFactory = null) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite => Factory<SqlitePlatformDbContext>(
                b => SqlitePlatformDbContext.Configure(b, options.ConnectionString), o => new SqlitePlatformDbContext(o), loggerFactory),
            DatabaseProvider.Postgres => Factory<PostgresPlatformDbContext>(
                b => PostgresPlatformDbContext.Configure(b, options.ConnectionString), o => new PostgresPlatformDbContext(o), loggerFactory),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };

    private static Func<PlatformDbContext> Factory<TContext>(
        Action<DbContextOptionsBuilder> configure, Func<DbContextOptions<TContext>, TContext> create, ILoggerFactory? loggerFactory)
        where TContext : PlatformDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        if (loggerFactory is not null)
            builder.UseLoggerFactory(loggerFactory);
        var options = builder.Options;
        return () => create(options);
    }
}
