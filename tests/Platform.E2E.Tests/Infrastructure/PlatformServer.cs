using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Data.Model;
using Platform.Data.Providers;
using Platform.Data.Workspaces;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Work;
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
    private readonly Action<IServiceCollection>? _services;

    private PlatformServer(DatabaseOptions database, string? sqliteFile, Action<IServiceCollection>? services)
    {
        _database = database;
        _sqliteFile = sqliteFile;
        _services = services;
        UseKestrel(0);
    }

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public DatabaseOptions Database => _database;

    public string BaseUrl { get; private set; } = "";

    /// <param name="services">Changes to the app's services, after its own registrations (e.g. functions for runs).</param>
    public static PlatformServer StartSqlite(Action<IServiceCollection>? services = null) => Start(TestDatabase.NewSqliteOptions(out var file), file, services);

    public static async Task<PlatformServer> StartPostgresAsync(PostgresServer postgres) =>
        Start(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await postgres.CreateDatabaseAsync() }, null, null);

    /// <summary>Runs reach these functions (workspaces cannot store functions yet): the server's run environments, plus a library.</summary>
    public static Action<IServiceCollection> WithFunctions(IFunctionLibrary functions) => services =>
    {
        var server = services.Last(d => d.ServiceType == typeof(IRunEnvironmentFactory));
        services.Remove(server);
        services.AddSingleton<IRunEnvironmentFactory>(sp =>
            new RunEnvironmentWithFunctions((IRunEnvironmentFactory)server.ImplementationFactory!(sp), functions));
    };

    public string Url(string path) => BaseUrl + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Platform", _database.ConnectionString);
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(ServerErrors)));
        if (_services is not null)
            builder.ConfigureTestServices(_services);
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

    private static PlatformServer Start(DatabaseOptions database, string? sqliteFile, Action<IServiceCollection>? services)
    {
        var server = new PlatformServer(database, sqliteFile, services);
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
