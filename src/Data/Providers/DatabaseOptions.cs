using Microsoft.Extensions.Configuration;

namespace Platform.Data.Providers;

/// <summary>
/// Which database to use: <c>Database:Provider</c> (Sqlite by default, or Postgres) and
/// <c>ConnectionStrings:Platform</c>. Without a connection string, SQLite uses <c>App_Data/platform.db</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteFile = "App_Data/platform.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";

    public static void Bind(DatabaseOptions options, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider is '{provider}'; expected one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }
        var connectionString = configuration.GetConnectionString("Platform");
        options.ConnectionString = !string.IsNullOrWhiteSpace(connectionString)
            ? connectionString
            : options.Provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(contentRoot, DefaultSqliteFile)}"
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Platform is not set.");
    }
}
