using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using Platform.Data.Results;
using Platform.Data.Tasks;
using Platform.Engine.Tasks;
using Platform.Engine.Tasks.Editing;
using Platform.Web.Components.Controls;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Tasks;
using Platform.Web.Navigation;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Pages.Tasks;

/// <summary>One task's script in Monaco, with save (button and Ctrl+S), rename, delete and an unsaved-changes guard.</summary>
public sealed partial class TaskEditor
{
    private TaskDocument? _document;
    private Problem? _problem;
    private string? _loadError;
    private XanoScriptEditor? _editor;
    private RunNowPanel? _runNow;
    private bool _dirty;
    private bool _saving;
    private bool _publishing;
    private string? _saveError;
    private long _edits;
    private int? _shortcutId;
    private DotNetObjectReference<TaskEditor>? _self;

    // The settings panel's view of the draft: the editor's text (read after a pause in typing) and the settings JSON.
    private static readonly TimeSpan ReadPause = TimeSpan.FromMilliseconds(300);
    private string _panelScript = "";
    private string _settingsJson = "";
    private bool _settingsDirty;
    private string? _firstError;
    private CancellationTokenSource? _readDelay;
    private IReadOnlyList<string> _datasources = ["live", "test"];
    private IReadOnlyList<string> _workspaceTags = [];

    [Parameter, EditorRequired]
    public required int WorkspaceId { get; set; }

    [Parameter, EditorRequired]
    public required int TaskId { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    /// <summary>Raised after a save, which may have renamed the task.</summary>
    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Parameter]
    public EventCallback OnDeleted { get; set; }

    /// <summary>Raised with the copy after Duplicate; the page lists and opens it.</summary>
    [Parameter]
    public EventCallback<TaskDocument> OnDuplicated { get; set; }

    [Inject]
    public required TaskService Tasks { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required ILogger<TaskEditor> Logger { get; init; }

    [Inject]
    public required WorkspaceSession Session { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loadError = null;
        try
        {
            var loaded = await Tasks.GetAsync(WorkspaceId, TaskId);
            _document = loaded.Value;
            _problem = loaded.Problem;
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogTaskLoadFailed(exception, WorkspaceId, TaskId);
            _loadError = DatabaseUnavailable.Message;
            return;
        }
        if (_problem is not null)
        {
            Navigation.NotFound();
            return;
        }
        ShowDraft(_document!.Script, _document.SettingsJson);
        await LoadChoicesAsync();
    }

    private void ShowDraft(string script, string settingsJson)
    {
        _panelScript = script;
        _settingsJson = settingsJson;
        _firstError = PublishReadiness.FirstError(script, settingsJson);
    }

    // The panel offers the workspace's datasources and the tags its tasks use.
    private async Task LoadChoicesAsync()
    {
        if (Session.Current is { } workspace && workspace.Id == WorkspaceId)
            _datasources = [.. workspace.Datasources.Select(d => d.Name)];
        try
        {
            var tasks = await Tasks.ListAsync(WorkspaceId);
            if (tasks.Succeeded)
                _workspaceTags = [.. tasks.Value.SelectMany(t => t.Tags).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            // Suggestions only: the tags field still takes any tag typed.
            Logger.LogTaskLoadFailed(exception, WorkspaceId, TaskId);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_document is null || _shortcutId is not null || !CanEdit || !RendererInfo.IsInteractive)
            return;
        _self = DotNetObjectReference.Create(this);
        _shortcutId = await JS.InvokeAsync<int>("platform.bindSaveShortcut", _self);
    }

    [JSInvokable]
    public Task SaveFromShortcut() => InvokeAsync(SaveAsync);

    private Task RunNowAsync() => _runNow?.RunAsync() ?? Task.CompletedTask;

    private void OnEdited()
    {
        _edits++;
        if (!_dirty)
            _dirty = true;
        ReadEditorAfterPause();
    }

    private void ReadEditorAfterPause()
    {
        _readDelay?.Cancel();
        _readDelay?.Dispose();
        _readDelay = new CancellationTokenSource();
        _ = ReadEditorAsync(_readDelay.Token);
    }

    private async Task ReadEditorAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(ReadPause, cancellation);
            await InvokeAsync(async () =>
            {
                if (_editor is null || cancellation.IsCancellationRequested)
                    return;
                ShowDraft(await _editor.GetValueAsync(), _settingsJson);
                StateHasChanged();
            });
        }
        catch (Exception e) when (e is OperationCanceledException or JSException or JSDisconnectedException or ObjectDisposedException)
        {
            // Typing went on, or the page is gone: the next pause (if any) reads the text.
        }
    }

    /// <summary>A form edit: applied to the editor's current text in place, so it is one undoable edit like typing.</summary>
    private async Task<TaskHeaderEdit> ApplyHeaderAsync(TaskHeaderValues desired)
    {
        if (_editor is null || !CanEdit)
            return new TaskHeaderEdit(null, [], [new(TaskHeaderEditor.ScriptField, "You can read this task but not change it.")]);
        var text = await _editor.GetValueAsync();
        var edit = TaskHeaderEditor.Apply(text, desired);
        if (!edit.Succeeded || edit.Changes.Count == 0)
            return edit;
        await _editor.ApplyChangesAsync(text, edit.Changes);
        _edits++;
        _dirty = true;
        ShowDraft(edit.Script!, _settingsJson);
        return edit;
    }

    private void OnSettingsEdited(string settingsJson)
    {
        _settingsDirty = true;
        _edits++;
        _dirty = true;
        ShowDraft(_panelScript, settingsJson);
    }

    private async Task SaveAsync()
    {
        if (_editor is null || _document is null || _saving || !CanEdit)
            return;
        await SaveScriptAsync(await _editor.GetValueAsync());
    }

    /// <summary>Saves the given script; returns the problem that stopped it, if any.</summary>
    private async Task<Problem?> SaveScriptAsync(string script)
    {
        _saving = true;
        var editsAtSave = _edits;
        try
        {
            var saved = await Tasks.SaveScriptAsync(WorkspaceId, TaskId, script, _document!.ConcurrencyStamp);
            if (!saved.Succeeded)
            {
                await ShowRefusalAsync(saved.Problem);
                return saved.Problem;
            }
            _document = saved.Value;
            if (_settingsDirty && await SaveSettingsAsync() is { } settingsProblem)
                return settingsProblem;
            _saveError = null;
            _savedElsewhere = null;
            _dirty = _edits != editsAtSave;
            await OnSaved.InvokeAsync();
            return null;
        }
        finally
        {
            _saving = false;
            StateHasChanged();
        }
    }

    private async Task<Problem?> SaveSettingsAsync()
    {
        var settingsJson = _settingsJson;
        var saved = await Tasks.SaveSettingsAsync(WorkspaceId, TaskId, settingsJson, _document!.ConcurrencyStamp);
        if (!saved.Succeeded)
        {
            await ShowRefusalAsync(saved.Problem);
            return saved.Problem;
        }
        _document = saved.Value;
        _settingsDirty = _settingsJson != settingsJson;
        return null;
    }

    // Publishing freezes what is saved, so unsaved edits are saved first; errors stop it with their line and column.
    private async Task PublishAsync()
    {
        if (_editor is null || _document is null || _publishing || !CanEdit || _firstError is not null)
            return;
        _publishing = true;
        try
        {
            if (_dirty && await SaveScriptAsync(await _editor.GetValueAsync()) is not null)
                return;
            await Dialogs.AskNameAsync(
                $"Publish “{_document.Name}”", "Note (optional)", "Publish", PublishWithNoteAsync,
                hint: "What changed, for the version list. The engine runs the new version from its next occurrence.");
        }
        finally
        {
            _publishing = false;
            StateHasChanged();
        }
    }

    /// <summary>Publishes the saved draft; a refusal (errors in the script or settings) stays in the dialog.</summary>
    private async Task<Problem?> PublishWithNoteAsync(string note)
    {
        var published = await Tasks.PublishAsync(WorkspaceId, TaskId, string.IsNullOrWhiteSpace(note) ? null : note, _document!.ConcurrencyStamp);
        if (!published.Succeeded)
        {
            // Saved elsewhere meanwhile: the dialog closes and the conflict bar says what to do; other refusals stay in it.
            return await ShowSavedElsewhereAsync(published.Problem) ? null : published.Problem;
        }
        _saveError = null;
        var reloaded = await Tasks.GetAsync(WorkspaceId, TaskId);
        _document = reloaded.Value ?? _document;
        var next = published.Value.NextOccurrence is { } at ? $"; next run {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "; no run is scheduled";
        Notifications.Notify(NotificationSeverity.Success, $"Published version {published.Value.Number}", $"“{_document!.Name}”{next}.");
        await OnSaved.InvokeAsync();
        return null;
    }

    private Task GoToAsync(EditorPlace place) => _editor?.RevealAsync(place.Line, place.Column) ?? Task.CompletedTask;

    private Task<string> DraftAsync() => _editor?.GetValueAsync() ?? Task.FromResult(_document?.Script ?? "");

    private async Task RestoreVersionAsync(int number)
    {
        if (_editor is null || _document is null || !CanEdit)
            return;
        var question = _dirty
            ? $"Replace the draft with version {number}? Your unsaved changes will be lost. Published versions do not change."
            : $"Replace the draft with version {number}? Publish afterwards to run it again. Published versions do not change.";
        var confirmed = await Dialogs.Confirm(question, $"Restore version {number}",
            new ConfirmOptions { OkButtonText = "Restore", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
            return;
        var restored = await Tasks.RestoreVersionAsync(WorkspaceId, TaskId, number, _document.ConcurrencyStamp);
        if (!restored.Succeeded)
        {
            await ShowRefusalAsync(restored.Problem);
            return;
        }
        await ShowSavedDraftAsync(restored.Value);
        Notifications.Notify(NotificationSeverity.Info, $"Restored version {number} into the draft");
    }

    private async Task RenameAsync()
    {
        if (_editor is null || _document is null)
            return;
        await Dialogs.AskNameAsync(
            "Rename task", "Task name", "Rename", RenameToAsync, initialName: _document.Name,
            hint: _dirty ? "Renaming also saves your unsaved changes." : null);
    }

    private async Task<Problem?> RenameToAsync(string name)
    {
        var check = TaskNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        var text = await _editor!.GetValueAsync();
        if (TaskHeader.Rename(text, check.Name) is not { } renamed || TaskHeader.RenameChange(text, check.Name) is not { } change)
            return Problem.Invalid("The script does not start with a readable `task <name> {` header. Fix the first line, then rename.");
        var problem = await SaveScriptAsync(renamed);
        if (problem is null)
        {
            // Only the name changes in the editor: the cursor, the scroll and the undo history stay.
            await _editor.ApplyChangesAsync(text, [change]);
            ShowDraft(renamed, _settingsJson);
            _dirty = false;
            _saveError = null;
        }
        return problem;
    }

    private async Task DuplicateAsync()
    {
        if (_editor is null || _document is null)
            return;
        TaskDocument? copy = null;
        await Dialogs.AskNameAsync(
            "Duplicate task", "Name of the copy", "Duplicate",
            async name =>
            {
                var duplicated = await DuplicateAsAsync(name);
                copy = duplicated.Value;
                return duplicated.Problem;
            },
            initialName: $"{_document.Name}_copy",
            hint: _dirty
                ? "Duplicating also saves your unsaved changes. The copy starts unpublished."
                : "The copy gets this draft's script and settings, unpublished; versions and runs stay here.");
        if (copy is not null)
            await OnDuplicated.InvokeAsync(copy);
    }

    private async Task<Result<TaskDocument>> DuplicateAsAsync(string name)
    {
        if (_dirty && await SaveScriptAsync(await _editor!.GetValueAsync()) is { } saveProblem)
            return saveProblem;
        return await Tasks.DuplicateAsync(WorkspaceId, TaskId, name);
    }

    private async Task DeleteAsync()
    {
        if (_document is null)
            return;
        var confirmed = await Dialogs.Confirm(
            $"Delete the task “{_document.Name}” and its script? This cannot be undone.", "Delete task",
            new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel" });
        if (confirmed != true)
            return;
        var deleted = await Tasks.DeleteAsync(WorkspaceId, TaskId);
        if (!deleted.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Error, "Could not delete the task", deleted.Problem.Message);
            return;
        }
        _dirty = false;
        Notifications.Notify(NotificationSeverity.Info, $"Deleted “{_document.Name}”");
        await OnDeleted.InvokeAsync();
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        // Search and other query changes keep this task open; only leaving it can lose work.
        if (!_dirty || Navigation.ToAbsoluteUri(context.TargetLocation).AbsolutePath == new Uri(Navigation.Uri).AbsolutePath)
            return;
        var leave = await Dialogs.Confirm(
            "This task has unsaved changes. Leave without saving them?", "Unsaved changes",
            new ConfirmOptions { OkButtonText = "Discard changes", CancelButtonText = "Stay" });
        if (leave != true)
            context.PreventNavigation();
    }

    public async ValueTask DisposeAsync()
    {
        if (_shortcutId is { } id)
        {
            try
            {
                await JS.InvokeVoidAsync("platform.unbindShortcut", id);
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the page with it: nothing left to unbind.
            }
        }
        _self?.Dispose();
        _readDelay?.Cancel();
        _readDelay?.Dispose();
    }
}
