using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Engine.Tests.Work;

/// <summary>One line as a logger provider received it: its level, event, message, template properties and the scopes around it.</summary>
internal sealed record LoggedLine(
    LogLevel Level, string Category, EventId Event, string Message, IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyDictionary<string, object?> Scope);

/// <summary>
/// A logger provider that keeps every line with the properties of its structured state and of the scopes around it,
/// as a log backend (Serilog, OpenTelemetry) would see them. Scopes flow through the standard external scope provider.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LoggedLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static Dictionary<string, object?> PropertiesOf(object? state)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
                properties[key] = value;
        }
        return properties;
    }

    private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
            provider._scopes.ForEachScope(
                (item, into) =>
                {
                    foreach (var (key, value) in PropertiesOf(item))
                        into[key] = value;
                },
                scope);
            provider.Lines.Enqueue(new LoggedLine(logLevel, category, eventId, formatter(state, exception), PropertiesOf(state), scope));
        }
    }
}
