using System.Globalization;
using Microsoft.AspNetCore.Components;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks.Editing;
using Platform.Web.Model.Tasks;
using Platform.Web.Services;

namespace Platform.Web.Components.Pages.Tasks;

/// <summary>
/// The schedule and settings of a task beside its editor. It reads the header from <see cref="Script"/> (the editor's
/// text, debounced by the page) and writes form edits through <see cref="ApplyHeader"/>, which rewrites only the
/// clauses concerned. Cron entries and policies are the Platform settings beside the script (<see cref="SettingsJson"/>).
/// </summary>
public sealed partial class TaskSettingsPanel
{
    private string? _readScript;
    private string? _readSettings;
    private TaskHeaderValues? _values;
    private IReadOnlySet<string> _locked = new HashSet<string>();
    private string? _scriptProblem;
    private List<ScheduleEventRow> _rows = [];
    private SettingsForm _settings = SettingsForm.From(TaskSettings.Default);
    private IReadOnlyList<CronEntry> _crons = [];
    private string? _settingsError;
    private Dictionary<string, string> _problems = [];
    private Dictionary<string, string> _settingsProblems = [];
    private IReadOnlyList<DateTimeOffset> _preview = [];
    private string? _newTag;
    private bool _collapsed;

    /// <summary>The script as the editor holds it.</summary>
    [Parameter, EditorRequired]
    public required string Script { get; set; }

    /// <summary>The draft's Platform settings document.</summary>
    [Parameter, EditorRequired]
    public required string SettingsJson { get; set; }

    /// <summary>Writes header values into the editor's current text and returns the outcome (the page owns the editor).</summary>
    [Parameter, EditorRequired]
    public required Func<TaskHeaderValues, Task<TaskHeaderEdit>> ApplyHeader { get; set; }

    [Parameter]
    public EventCallback<string> SettingsJsonChanged { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>The workspace's datasource names (live and test first).</summary>
    [Parameter]
    public IReadOnlyList<string> Datasources { get; set; } = ["live", "test"];

    /// <summary>Tags used anywhere in the workspace, offered as the user types.</summary>
    [Parameter]
    public IReadOnlyList<string> WorkspaceTags { get; set; } = [];

    [Inject]
    public required BrowserTimeZone TimeZone { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    private static IReadOnlyList<string> Zones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)];

    private static IReadOnlyList<Option> HistoryOptions { get; } =
    [
        new("", "Not set"), new(TaskHistoryOptions.Inherit, "Inherit from the workspace"), new(TaskHistoryOptions.All, "All runs"),
        new(TaskHistoryOptions.Off, "Off"), new("0", "0 runs"), new("10", "10 runs"), new("100", "100 runs"), new("1000", "1,000 runs"),
        new("10000", "10,000 runs"),
    ];

    private IEnumerable<Option> DatasourceOptions
    {
        get
        {
            yield return new Option("", "live (default)");
            foreach (var name in Datasources)
                yield return new Option(name, name);
            if (_values?.Datasource is { } named && !Datasources.Contains(named))
                yield return new Option(named, $"{named} (not in this workspace)");
        }
    }

    private IEnumerable<string> SuggestedTags => WorkspaceTags.Except(_values?.Tags ?? []).Order(StringComparer.OrdinalIgnoreCase);

    private bool SettingsLocked => ReadOnly || _settingsError is not null;

    protected override void OnInitialized() => TimeZone.Changed += OnZoneChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
            await TimeZone.InitializeAsync();
    }

    protected override void OnParametersSet()
    {
        if (Script != _readScript)
            ReadScript();
        if (SettingsJson != _readSettings)
            ReadSettings();
        RefreshPreview();
    }

    /// <summary>Reads the header; a script that cannot be read keeps the last good values on show, read-only.</summary>
    private void ReadScript()
    {
        _readScript = Script;
        var reading = TaskHeaderReader.Read(Script);
        _scriptProblem = reading.Problem;
        if (reading.Values is not { } values)
            return;
        _locked = reading.Locked;
        if (_values is null || !_values.SameClause(TaskClauses.Schedule, values))
            _rows = RowsFor(values.Schedule);
        _values = values;
        _problems = [];
    }

    // A row keeps the time zone the user picked for it; new rows read in the user's own zone.
    private List<ScheduleEventRow> RowsFor(IReadOnlyList<ScheduleEvent> events) =>
        [.. events.Select((e, i) => ScheduleEventRow.From(e, i < _rows.Count && ScheduleTimeZones.TryFind(_rows[i].TimeZone, out var zone) ? zone : TimeZone.Zone))];

    private void ReadSettings()
    {
        _readSettings = SettingsJson;
        var parsed = TaskSettingsJson.Parse(SettingsJson);
        _settingsError = parsed.Errors.Count > 0 ? $"The settings document has an error at line {parsed.Errors[0].Line}, column {parsed.Errors[0].Column}: {parsed.Errors[0].Message}" : null;
        if (parsed.Settings is not { } settings)
            return;
        _settings = SettingsForm.From(settings);
        _crons = settings.Cron;
        _settingsProblems = [];
    }

    private void RefreshPreview() =>
        _preview = _values is null ? [] : SchedulePreview.Next(_values.Schedule, _crons, Clock, TimeZone.Zone);

    private async Task EditHeaderAsync(TaskHeaderValues desired)
    {
        if (ReadOnly || _values is null)
            return;
        var edit = await ApplyHeader(desired);
        if (!edit.Succeeded)
        {
            _problems = edit.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message);
            if (edit.Problems.Any(p => p.Field == TaskHeaderEditor.ScriptField))
                _scriptProblem = edit.Problems.First(p => p.Field == TaskHeaderEditor.ScriptField).Message;
            return;
        }
        _problems = [];
        _values = desired;
        _readScript = edit.Script;
        RefreshPreview();
    }

    private async Task EditRowAsync(Action change)
    {
        change();
        var events = new List<ScheduleEvent>();
        var problems = new List<FieldProblem>();
        for (var i = 0; i < _rows.Count; i++)
        {
            var (scheduleEvent, rowProblems) = _rows[i].ToEvent(ScheduleEventRow.Field(i));
            problems.AddRange(rowProblems);
            if (scheduleEvent is not null)
                events.Add(scheduleEvent);
        }
        if (problems.Count > 0)
        {
            _problems = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message);
            return;
        }
        await EditHeaderAsync(_values! with { Schedule = events });
    }

    private Task AddEventAsync() => EditRowAsync(() => _rows.Add(ScheduleEventRow.NewDaily(Clock.GetUtcNow(), TimeZone.Zone)));

    private Task RemoveEventAsync(int index) => EditRowAsync(() => _rows.RemoveAt(index));

    private async Task AddTagAsync()
    {
        var tag = _newTag?.Trim();
        if (string.IsNullOrEmpty(tag) || _values is null)
            return;
        if (_values.Tags.Contains(tag))
        {
            _newTag = null;
            return;
        }
        await EditHeaderAsync(_values with { Tags = [.. _values.Tags, tag] });
        if (_problems.Count == 0)
            _newTag = null;
    }

    private Task RemoveTagAsync(string tag) => EditHeaderAsync(_values! with { Tags = [.. _values.Tags.Where(t => t != tag)] });

    private async Task WriteSettingsAsync()
    {
        if (SettingsLocked)
            return;
        var (settings, problems) = _settings.ToSettings();
        _settingsProblems = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message);
        if (settings is null)
            return;
        var json = TaskSettingsJson.Write(settings);
        _readSettings = json;
        _crons = settings.Cron;
        RefreshPreview();
        await SettingsJsonChanged.InvokeAsync(json);
    }

    private bool Locked(string clause) => ReadOnly || _scriptProblem is not null || _locked.Contains(clause);

    private string? Message(string field) =>
        _problems.TryGetValue(field, out var message) ? message
        : _locked.Contains(field) ? $"The script writes '{field}' with more than plain values; change it in the editor."
        : null;

    private string? MessageStartingWith(string prefix) =>
        Message(prefix) ?? _problems.FirstOrDefault(p => p.Key.StartsWith(prefix + "[", StringComparison.Ordinal)).Value;

    private static Dictionary<string, object> Label(string label) => new() { ["aria-label"] = label };

    private static string PreviewText(DateTimeOffset run)
    {
        var offset = run.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return run.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" (UTC{sign}{Math.Abs(offset.Hours):00}:{Math.Abs(offset.Minutes):00})";
    }

    private void OnZoneChanged() => _ = InvokeAsync(() =>
    {
        // Rows that still show the default zone follow the browser's once it is known.
        if (_values is not null && _rows.All(r => r.TimeZone == "UTC"))
            _rows = [.. _values.Schedule.Select(e => ScheduleEventRow.From(e, TimeZone.Zone))];
        RefreshPreview();
        StateHasChanged();
    });

    public void Dispose() => TimeZone.Changed -= OnZoneChanged;

    private sealed record Option(string Key, string Label);
}
