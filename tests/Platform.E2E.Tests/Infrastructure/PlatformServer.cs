using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Workspaces;
using Platform.Tests.Shared;

namespace Platform.E2E.Tests.Infrastructure;

/// <summary>
/// The real web app on a real Kestrel port (127.0.0.1), on a fresh SQLite file or PostgreSQL database.
/// Errors the server logs are collected so a test can assert that nothing failed behind the page.
/// </summary>
public sealed class PlatformServer : WebApplicationFactory<Program>
{
    private readonly DatabaseOptions _database;
    private readonly string? _sqliteFile;

    private PlatformServer(DatabaseOptions database, string? sqliteFile)
    {
        _database = database;
        _sqliteFile = sqliteFile;
        UseKestrel(0);
    }

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public DatabaseOptions Database => _database;

    public string BaseUrl { get; private set; } = "";

    public static PlatformServer StartSqlite() => Start(TestDatabase.NewSqliteOptions(out var file), file);

    public static async Task<PlatformServer> StartPostgresAsync(PostgresServer postgres) =>
        Start(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await postgres.CreateDatabaseAsync() }, null);

    public string Url(string path) => BaseUrl + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Platform", _database.ConnectionString);
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(ServerErrors)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }

    private static PlatformServer Start(DatabaseOptions database, string? sqliteFile)
    {
        var server = new PlatformServer(database, sqliteFile);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return server;
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, errors);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            private static bool IsDisconnected(Exception? exception) =>
                exception is Microsoft.JSInterop.JSDisconnectedException
                || exception?.InnerException is Microsoft.JSInterop.JSDisconnectedException;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // A component calling JavaScript after its page was left (Radzen's form fields do) is logged as an
                // error by Blazor, though nothing failed: the browser is simply gone.
                if (IsEnabled(logLevel) && !IsDisconnected(exception))
                    errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
