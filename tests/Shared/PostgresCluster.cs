using System.Diagnostics;
using Npgsql;

namespace Platform.Tests.Shared;

/// <summary>
/// A throw-away PostgreSQL cluster from Debian's server binaries, on a free 127.0.0.1 port (tests and benchmarks).
/// PostgreSQL refuses to run as root, so as root it runs as the postgres user. Stopped (immediately) on dispose.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string BinRoot = "/usr/lib/postgresql";
    private string _dataDir = "";
    private string _binDir = "";
    private bool _asRoot;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts a new cluster; <paramref name="settings"/> are extra <c>-c name=value</c> server settings.</summary>
    public static async Task<PostgresCluster> StartAsync(params string[] settings)
    {
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync(settings);
        return cluster;
    }

    private async Task InitializeAsync(string[] settings)
    {
        _binDir = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries were not found under {BinRoot}. Run ./test.sh, which installs them (apt-get install postgresql).");
        var root = Path.Combine(Path.GetTempPath(), "platform-test-pg");
        _dataDir = Path.Combine(root, Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataDir);
        _asRoot = Environment.UserName == "root";
        if (_asRoot)
        {
            await RunAsync("chown", $"postgres:postgres {root}");
            await RunAsync("chown", $"-R postgres:postgres {_dataDir}");
        }
        var port = FreePort.Next();
        var extra = string.Concat(settings.Select(s => $" -c {s}"));
        await RunToolAsync("initdb", $"-D {_dataDir}/data -U postgres -A trust -E UTF8 --no-sync");
        await RunToolAsync("pg_ctl",
            $"-D {_dataDir}/data -l {_dataDir}/log.txt -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {_dataDir} -c fsync=off -c max_connections=200{extra}\" start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "db_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDir == "")
            return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunToolAsync("pg_ctl", $"-D {_dataDir}/data -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists(BinRoot)
            ? Directory.GetDirectories(BinRoot).OrderDescending().Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;

    private Task RunToolAsync(string tool, string arguments) =>
        _asRoot
            ? RunAsync("runuser", $"-u postgres -- {Path.Combine(_binDir, tool)} {arguments}")
            : RunAsync(Path.Combine(_binDir, tool), arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}\n{await output}\n{await error}");
    }
}
