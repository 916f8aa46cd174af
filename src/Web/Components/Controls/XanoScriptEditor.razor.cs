using BlazorMonaco.Editor;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Platform.Engine.Language.Binding;
using Platform.Engine.Language.Text;
using Platform.Engine.Tasks.Editing;
using Platform.Web.Navigation;
using Platform.Web.Services.Editor;
using Radzen;

namespace Platform.Web.Components.Controls;

/// <summary>
/// Monaco for XanoScript, following the app's light/dark theme. The browser module (xanoscript-monaco.js) asks this
/// editor's <see cref="ScriptEditorBridge"/> for markers as the text changes, and for completion, hover and
/// formatting; Ctrl+Enter raises <see cref="OnRunRequested"/>.
/// </summary>
public sealed partial class XanoScriptEditor : IScriptEditorHost
{
    private GuardedCodeEditor? _editor;
    private ScriptProblemList? _problems;
    private DotNetObjectReference<ScriptEditorBridge>? _bridge;
    private int? _session;

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required ThemeService Theme { get; init; }

    [Inject]
    public required ScriptLanguageService Language { get; init; }

    [Inject]
    public required EditorSchemaSource Schemas { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    [Parameter, EditorRequired]
    public required string Id { get; set; }

    /// <summary>The text the editor starts with; later changes come from the user or <see cref="SetValueAsync"/>.</summary>
    [Parameter, EditorRequired]
    public required string InitialValue { get; set; }

    /// <summary>The workspace whose tables the checks and completion know; none when null.</summary>
    [Parameter]
    public int? WorkspaceId { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public bool ShowProblems { get; set; } = true;

    /// <summary>Raised on every edit, without the text (fetching it on each keystroke would be wasteful).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>Ctrl+Enter: the user asks to run the script.</summary>
    [Parameter]
    public EventCallback OnRunRequested { get; set; }

    public async Task<string> GetValueAsync() => _editor is null ? InitialValue : await _editor.GetValue();

    public async Task SetValueAsync(string value)
    {
        if (_editor is not null)
            await _editor.SetValue(value);
    }

    /// <summary>
    /// Applies changes computed on <paramref name="basis"/> (the text the editor holds) in place, as one undoable step:
    /// the rest of the text, the cursor and the undo history stay, and the change is reported like typing is.
    /// </summary>
    public async Task ApplyChangesAsync(string basis, IReadOnlyList<TextChange> changes)
    {
        if (_editor is null || changes.Count == 0)
            return;
        var text = new SourceText(basis);
        var edits = changes.Select(change =>
        {
            var start = text.GetLinePosition(change.Start);
            var end = text.GetLinePosition(change.End);
            return new IdentifiedSingleEditOperation
            {
                Range = new BlazorMonaco.Range(start.Line, start.Column, end.Line, end.Column),
                Text = change.NewText,
                ForceMoveMarkers = true,
            };
        }).ToList();
        await _editor.PushUndoStop();
        await _editor.ExecuteEdits("task-form", edits, (List<BlazorMonaco.Selection>?)null);
        await _editor.PushUndoStop();
    }

    /// <summary>Puts the cursor on a 1-based line and column and scrolls it into view.</summary>
    public async Task RevealAsync(int line, int column)
    {
        if (_session is not null)
            await JS.InvokeVoidAsync("xanoscriptMonaco.reveal", Id, line, column);
    }

    protected override void OnInitialized()
    {
        Theme.ThemeChanged += OnThemeChanged;
        _bridge = DotNetObjectReference.Create(new ScriptEditorBridge(Language, this));
    }

    private StandaloneEditorConstructionOptions BuildOptions(StandaloneCodeEditor editor) => new()
    {
        Value = InitialValue,
        Language = "xanoscript",
        Theme = ThemeCookie.IsDark(Theme.Theme) ? "xanoscript-dark" : "xanoscript-light",
        AutomaticLayout = true,
        ReadOnly = ReadOnly,
        TabSize = 2,
        FontSize = 14,
        ScrollBeyondLastLine = false,
        Minimap = new EditorMinimapOptions { Enabled = false },
    };

    private async Task OnEditorReadyAsync()
    {
        _session = await JS.InvokeAsync<int>("xanoscriptMonaco.attach", Id, _bridge, ThemeCookie.IsDark(Theme.Theme), OnRunRequested.HasDelegate);
    }

    private Task OnContentChangedAsync(ModelContentChangedEvent _) => OnChanged.InvokeAsync();

    private Task RevealAsync(EditorMarker marker) => RevealAsync(marker.StartLineNumber, marker.StartColumn);

    private void OnThemeChanged() =>
        _ = InvokeAsync(() => JS.InvokeVoidAsync("platform.setEditorTheme", ThemeCookie.IsDark(Theme.Theme)).AsTask());

    Task<IWorkspaceSchema?> IScriptEditorHost.GetSchemaAsync() =>
        WorkspaceId is { } id ? Schemas.GetAsync(id) : Task.FromResult<IWorkspaceSchema?>(null);

    Task IScriptEditorHost.OnAnalyzedAsync(EditorAnalysis analysis) => InvokeAsync(() => _problems?.Show(analysis));

    Task IScriptEditorHost.OnRunRequestedAsync() => InvokeAsync(() => OnRunRequested.InvokeAsync());

    Task IScriptEditorHost.OnFormatRefusedAsync(string reason) => InvokeAsync(() =>
        Notifications.Notify(new NotificationMessage
        {
            Severity = NotificationSeverity.Warning, Summary = "Format document", Detail = reason, Duration = 8000,
        }));

    public async ValueTask DisposeAsync()
    {
        Theme.ThemeChanged -= OnThemeChanged;
        if (_session is { } session)
        {
            try
            {
                await JS.InvokeVoidAsync("xanoscriptMonaco.detach", session);
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the page with it: nothing left to detach.
            }
        }
        _bridge?.Dispose();
    }
}
