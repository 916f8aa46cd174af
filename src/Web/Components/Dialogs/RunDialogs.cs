using Platform.Data.Runs;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="RunDetailDialog"/> for one run, and asks before cancelling one.</summary>
public static class RunDialogs
{
    public static Task OpenRunAsync(this DialogService dialogs, int workspaceId, RunSummary run, bool canEdit) =>
        dialogs.OpenAsync<RunDetailDialog>(
            $"Run #{run.Id} · {run.TaskName}",
            new Dictionary<string, object?>
            {
                [nameof(RunDetailDialog.WorkspaceId)] = workspaceId,
                [nameof(RunDetailDialog.RunId)] = run.Id,
                [nameof(RunDetailDialog.CanEdit)] = canEdit,
            },
            new DialogOptions { Width = "56rem", Height = "80vh", Resizable = true, CloseDialogOnEsc = true });

    public static async Task<bool> ConfirmCancelRunAsync(this DialogService dialogs, RunSummary run) =>
        await dialogs.Confirm(ConfirmTexts.CancelRun(run), "Cancel run",
            new ConfirmOptions { OkButtonText = "Cancel run", CancelButtonText = "Keep it", CloseDialogOnEsc = true }) == true;
}
