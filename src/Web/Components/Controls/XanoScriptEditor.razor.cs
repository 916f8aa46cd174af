using BlazorMonaco.Editor;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Platform.Engine.Language.Text;
using Platform.Engine.Tasks.Editing;
using Platform.Web.Navigation;
using Radzen;

namespace Platform.Web.Components.Controls;

public sealed partial class XanoScriptEditor
{
    private StandaloneCodeEditor? _editor;

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required ThemeService Theme { get; init; }

    [Parameter, EditorRequired]
    public required string Id { get; set; }

    /// <summary>The text the editor starts with; later changes come from the user or <see cref="SetValueAsync"/>.</summary>
    [Parameter, EditorRequired]
    public required string InitialValue { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Raised on every edit, without the text (fetching it on each keystroke would be wasteful).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

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

    protected override void OnInitialized() => Theme.ThemeChanged += OnThemeChanged;

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

    private async Task OnEditorReadyAsync() =>
        await JS.InvokeVoidAsync("platform.attachXanoScriptEditor", Id, ThemeCookie.IsDark(Theme.Theme));

    private Task OnContentChangedAsync(ModelContentChangedEvent _) => OnChanged.InvokeAsync();

    private void OnThemeChanged() =>
        _ = InvokeAsync(() => JS.InvokeVoidAsync("platform.setEditorTheme", ThemeCookie.IsDark(Theme.Theme)).AsTask());

    public void Dispose() => Theme.ThemeChanged -= OnThemeChanged;
}
