using Platform.Data.Runs;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="RunDetailDialog"/> for one run.</summary>
public static class RunDialogs
{
    public static Task OpenRunAsync(this DialogService dialogs, int workspaceId, RunSummary run) =>
        dialogs.OpenAsync<RunDetailDialog>(
            $"Run #{run.Id} · {run.TaskName}",
            new Dictionary<string, object?>
            {
                [nameof(RunDetailDialog.WorkspaceId)] = workspaceId,
                [nameof(RunDetailDialog.RunId)] = run.Id,
            },
            new DialogOptions { Width = "56rem", Height = "80vh", Resizable = true, CloseDialogOnEsc = true });
}
