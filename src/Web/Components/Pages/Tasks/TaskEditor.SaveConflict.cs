using Microsoft.AspNetCore.Components;
using Platform.Data.Results;
using Platform.Data.Tasks;
using Platform.Web.Components.Dialogs;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Pages.Tasks;

// A write refused because the draft was saved elsewhere (another member, or this user in another tab) since this
// page read it. Instead of "copy your changes and reload", the page offers what editors do: compare, keep mine,
// load theirs.
public sealed partial class TaskEditor
{
    private TaskDocument? _savedElsewhere;

    /// <summary>When the task list last saw this draft saved; later than this page's copy means it was saved elsewhere.</summary>
    [Parameter]
    public DateTime? ListedSavedAt { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (ListedSavedAt is { } listed && _document is { } shown && listed > shown.UpdatedAt)
            await FollowSaveElsewhereAsync();
    }

    /// <summary>
    /// A save made elsewhere: with nothing unsaved here the page shows it (the header says who saved it); with unsaved
    /// changes the conflict bar appears before the user's next save is refused.
    /// </summary>
    private async Task FollowSaveElsewhereAsync()
    {
        if (_saving || _publishing || _savedElsewhere is not null || _editor is null)
            return;
        var newer = await NewerSavedDraftAsync();
        // This page's own write may have finished meanwhile; only a draft newer than the one shown counts.
        if (newer is null || _saving || _publishing || _document is null || newer.UpdatedAt <= _document.UpdatedAt)
            return;
        if (_dirty)
            _savedElsewhere = newer;
        else
            await ShowSavedDraftAsync(newer);
    }

    /// <summary>Shows why a write was refused: the conflict bar when the draft was saved elsewhere, else the message.</summary>
    private async Task ShowRefusalAsync(Problem problem)
    {
        if (!await ShowSavedElsewhereAsync(problem))
            _saveError = problem.Message;
    }

    /// <summary>Shows the conflict bar when the refusal came from a draft saved elsewhere; false for any other refusal.</summary>
    private async Task<bool> ShowSavedElsewhereAsync(Problem problem)
    {
        if (problem is not { Kind: ProblemKind.Conflict, Field: null } || await NewerSavedDraftAsync() is not { } newer)
            return false;
        _savedElsewhere = newer;
        _saveError = null;
        return true;
    }

    private async Task<TaskDocument?> NewerSavedDraftAsync() =>
        (await StoredDraftAsync()).Value is { } latest && latest.ConcurrencyStamp != _document?.ConcurrencyStamp ? latest : null;

    /// <summary>The draft as stored now; a database that does not answer is a problem to show, not a broken page.</summary>
    private async Task<Result<TaskDocument>> StoredDraftAsync()
    {
        try
        {
            return await Tasks.GetAsync(WorkspaceId, TaskId);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogTaskLoadFailed(exception, WorkspaceId, TaskId);
            return Problem.Invalid(DatabaseUnavailable.Message);
        }
    }

    private async Task CompareWithSavedElsewhereAsync()
    {
        if (_savedElsewhere is not { } newer || _editor is null)
            return;
        await Dialogs.OpenAsync<VersionDiffDialog>(
            $"Saved by {newer.UpdatedBy ?? "someone"} → your changes",
            new Dictionary<string, object?>
            {
                [nameof(VersionDiffDialog.Original)] = newer.Script,
                [nameof(VersionDiffDialog.Modified)] = await _editor.GetValueAsync(),
                [nameof(VersionDiffDialog.NoDifferences)] = "The scripts are the same: only the settings differ.",
            },
            new DialogOptions { Width = "90vw", Height = "80vh", Resizable = true, CloseDialogOnEsc = true });
    }

    /// <summary>Saves this page's script and settings over the draft saved elsewhere.</summary>
    private async Task KeepMineAsync()
    {
        if (_savedElsewhere is not { } newer || _editor is null || _saving)
            return;
        _document = newer;
        _savedElsewhere = null;
        // The panel's settings are part of "mine": without this they would stay as saved elsewhere.
        _settingsDirty = true;
        await SaveScriptAsync(await _editor.GetValueAsync());
    }

    /// <summary>Discards this page's changes, after confirmation, and opens the draft as saved now.</summary>
    private async Task LoadTheirsAsync()
    {
        if (_savedElsewhere is null || _editor is null)
            return;
        var confirmed = await Dialogs.Confirm(
            "Discard your unsaved changes and open the draft saved elsewhere?", "Load their draft",
            new ConfirmOptions { OkButtonText = "Discard mine", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
            return;
        var latest = await StoredDraftAsync();
        if (!latest.Succeeded)
        {
            _savedElsewhere = null;
            _saveError = latest.Problem.Message;
            return;
        }
        await ShowSavedDraftAsync(latest.Value);
    }

    /// <summary>Puts a draft as stored into the editor and the panel, with nothing left unsaved.</summary>
    private async Task ShowSavedDraftAsync(TaskDocument document)
    {
        _document = document;
        await _editor!.SetValueAsync(document.Script);
        // The panel shows the stored settings too, so a later save does not write the ones it showed before.
        ShowDraft(document.Script, document.SettingsJson);
        _settingsDirty = false;
        _dirty = false;
        _saveError = null;
        _savedElsewhere = null;
        await OnSaved.InvokeAsync();
    }
}
