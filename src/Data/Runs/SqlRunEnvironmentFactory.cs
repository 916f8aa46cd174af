using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Records;
using Platform.Data.Variables;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Http;
using Platform.Engine.Runtime.Mail;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>What runs may reach beyond their workspace's data, from the server's configuration.</summary>
public sealed record RunEnvironmentOptions
{
    /// <summary>The server's own mail (service_provider "xano"); null: scripts that send mail through it fail clearly.</summary>
    public SmtpOptions? Smtp { get; set; }

    public HttpPolicy Http { get; set; } = HttpPolicy.Default;

    /// <summary>Limits every run starts from; the wall time is replaced by the workspace's longest run.</summary>
    public RunLimits Limits { get; set; } = RunLimits.Default;
}

/// <summary>
/// A run's environment: the workspace's records in the run's datasource (<see cref="SqlRecordStore"/>), the server's
/// mail and HTTP, no functions yet, the workspace's environment variables decrypted (<see cref="RunVariables"/>), and
/// the workspace's longest run as the wall time (the worker lowers it to the task's timeout). A datasource the
/// workspace no longer has, or a variable whose value cannot be decrypted (its key is lost), fails the run with a message.
/// </summary>
public sealed class SqlRunEnvironmentFactory : IRunEnvironmentFactory, IDisposable
{
    private readonly IDbContextFactory<PlatformDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly RunEnvironmentOptions _options;
    private readonly RunVariables _variables;
    private readonly HttpClientGateway _http;
    private readonly IMailer _mail;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int WorkspaceId, string Datasource), (Place Place, DateTimeOffset ReadAt)> _places = new();

    /// <summary>How long a datasource's id and its workspace's longest run are reused before they are read again.</summary>
    public static readonly TimeSpan PlaceLifetime = TimeSpan.FromSeconds(10);

    private sealed record Place(int DatasourceId, int MaxRunSeconds);

    public SqlRunEnvironmentFactory(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, RunEnvironmentOptions options, RunVariables variables)
    {
        _contexts = contexts;
        _clock = clock;
        _options = options;
        _variables = variables;
        _http = new HttpClientGateway(options.Http);
        var providers = new Dictionary<string, IMailer>(StringComparer.Ordinal);
        if (options.Smtp is { } smtp)
            providers["xano"] = new SmtpMailer(smtp, clock);
        _mail = new ProviderMailer(providers);
    }

    public async ValueTask<RunEnvironment> CreateAsync(RunTarget target, CancellationToken cancellationToken)
    {
        var place = await FindPlaceAsync(target, cancellationToken);
        var variables = await _variables.GetAsync(target.WorkspaceId, cancellationToken);
        return new RunEnvironment
        {
            Variables = variables,
            Records = SqlRecordStore.OnNamedDatasource(_contexts, target.WorkspaceId, target.Datasource, place.DatasourceId, _clock),
            Http = _http,
            Mail = _mail,
            Functions = null,
            Clock = _clock,
            Datasource = target.Datasource,
            Limits = _options.Limits with { WallTime = TimeSpan.FromSeconds(place.MaxRunSeconds) },
        };
    }

    public void Dispose() => _http.Dispose();

    private async Task<Place> FindPlaceAsync(RunTarget target, CancellationToken cancellationToken)
    {
        var key = (target.WorkspaceId, target.Datasource);
        var now = _clock.GetUtcNow();
        if (_places.TryGetValue(key, out var known) && now - known.ReadAt < PlaceLifetime)
            return known.Place;
        await using var session = await RunSession.OpenAsync(_contexts, transaction: false, cancellationToken);
        var found = await session.ReadAsync(Sql.Of($"""
            SELECT d.id, w.max_run_seconds FROM datasources d JOIN workspaces w ON w.id = d.workspace_id
            WHERE d.workspace_id = {target.WorkspaceId} AND d.name = {target.Datasource}
            """), r => new Place(r.GetInt32(0), r.GetInt32(1)), cancellationToken);
        if (found is not [var place])
            throw new InvalidOperationException($"The workspace has no datasource '{target.Datasource}' (any more).");
        if (_places.Count > 10_000)
            _places.Clear();
        _places[key] = (place, now);
        return place;
    }
}
