using System.Globalization;
using Microsoft.JSInterop;

namespace Platform.Web.Services;

/// <summary>
/// The time zone of the user's browser, learned once the circuit is interactive (UTC until then), so every
/// instant the UI shows reads in the user's own time.
/// </summary>
public sealed class BrowserTimeZone(IJSRuntime js)
{
    private bool _initialized;

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public event Action? Changed;

    public async Task InitializeAsync()
    {
        if (_initialized)
            return;
        _initialized = true;
        var id = await js.InvokeAsync<string?>("platform.timeZone");
        if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            Zone = zone;
            Changed?.Invoke();
        }
    }

    /// <summary>A UTC instant as the user reads it, e.g. <c>Nov 22, 14:05</c>, with the zone when it is UTC.</summary>
    public string Format(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        var text = local.ToString("MMM d, HH:mm", CultureInfo.InvariantCulture);
        return Zone == TimeZoneInfo.Utc ? $"{text} UTC" : text;
    }
}
