using Microsoft.AspNetCore.Components;
using Platform.Data.Variables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Services;
using Platform.Web.Services.Settings;
using Radzen;

namespace Platform.Web.Components.Controls.Settings;

public sealed partial class EnvironmentVariables
{
    private IReadOnlyList<VariableSummary>? _variables;
    private string? _error;

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Inject]
    public required VariableService Variables { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            var list = await Variables.ListAsync(Workspace.Id);
            _variables = list.Succeeded ? list.Value : [];
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            _error = DatabaseUnavailable.Message;
        }
    }

    private async Task AddAsync()
    {
        var added = await Dialogs.AskVariableAsync("Add environment variable", null,
            async (name, value) => (await Variables.SetAsync(Workspace.Id, name, value, VariableWrite.CreateOnly)).Problem);
        if (added is not null)
            await DoneAsync($"Added {added}");
    }

    private async Task ReplaceAsync(VariableSummary variable)
    {
        var replaced = await Dialogs.AskVariableAsync($"Replace the value of {variable.Name}", variable.Name,
            async (name, value) => (await Variables.SetAsync(Workspace.Id, name, value, VariableWrite.ReplaceOnly)).Problem);
        if (replaced is not null)
            await DoneAsync($"Replaced the value of {replaced}");
    }

    private async Task DeleteAsync(VariableSummary variable)
    {
        var confirmed = await Dialogs.Confirm(
            $"Delete the environment variable “{variable.Name}”? Tasks that read $env.{variable.Name} will get null. This cannot be undone.",
            "Delete environment variable", new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
            return;
        var deleted = await Variables.DeleteAsync(Workspace.Id, variable.Name);
        if (deleted.Succeeded)
            await DoneAsync($"Deleted {variable.Name}");
        else
        {
            Notifications.Notify(NotificationSeverity.Error, "Nothing changed", deleted.Problem.Message);
            await LoadAsync();
        }
    }

    private async Task DoneAsync(string message)
    {
        Notifications.Notify(NotificationSeverity.Success, message);
        await LoadAsync();
    }
}
