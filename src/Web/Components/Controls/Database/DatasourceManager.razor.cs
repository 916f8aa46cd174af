using Microsoft.AspNetCore.Components;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model;
using Platform.Web.Services.Database;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Controls.Database;

public sealed partial class DatasourceManager
{
    private IReadOnlyList<DatasourceSummary>? _datasources;
    private string? _error;

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Inject]
    public required DatasourceService Datasources { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private long RecordsOf(string name) => _datasources?.FirstOrDefault(d => d.Name == name)?.Records ?? 0;

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            var list = await Datasources.ListAsync(Workspace.Id);
            _datasources = list.Succeeded ? list.Value : [];
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            _error = DatabaseUnavailable.Message;
        }
    }

    private async Task AddAsync()
    {
        var added = await Dialogs.AskNameAsync(
            "Add datasource", "Datasource name", "Add",
            async name => (await Datasources.AddAsync(Workspace.Id, name)).Problem,
            hint: "For example staging. It gets the same tables as live, with no records.");
        if (added is string name)
        {
            Notifications.Notify(NotificationSeverity.Success, $"Added the datasource {name}");
            await LoadAsync();
        }
    }

    private async Task RemoveAsync(DatasourceSummary datasource)
    {
        await LoadAsync();
        var current = _datasources?.FirstOrDefault(d => d.Id == datasource.Id) ?? datasource;
        if (await ConfirmAsync(ConfirmTexts.RemoveDatasource(current), "Remove datasource", "Remove"))
            await ReportAsync(await Datasources.RemoveAsync(Workspace.Id, current), r => $"Removed {r.Name} and {ConfirmTexts.Records(r.RecordsDeleted)}"
                + (r.TasksNamingIt.Count > 0 ? $". Tasks that still name it: {string.Join(", ", r.TasksNamingIt)}" : ""));
    }

    private async Task CopyAsync()
    {
        await LoadAsync();
        if (await ConfirmAsync(ConfirmTexts.CopyLiveToTest(RecordsOf(Datasource.Live), RecordsOf(Datasource.Test)), "Copy live data to test", "Copy"))
            await ReportAsync(await Datasources.CopyLiveToTestAsync(Workspace.Id), c => $"Copied {ConfirmTexts.Records(c.RecordsCopied)} from {Counted.Of(c.Tables, "table")} to test");
    }

    private async Task ClearAsync()
    {
        await LoadAsync();
        if (await ConfirmAsync(ConfirmTexts.ClearTest(RecordsOf(Datasource.Test)), "Clear test data", "Clear"))
            await ReportAsync(await Datasources.ClearTestAsync(Workspace.Id), deleted => $"Deleted {ConfirmTexts.Records(deleted)} of test");
    }

    private async Task<bool> ConfirmAsync(string text, string title, string ok) =>
        await Dialogs.Confirm(text, title, new ConfirmOptions { OkButtonText = ok, CancelButtonText = "Cancel", CloseDialogOnEsc = true }) == true;

    private async Task ReportAsync<T>(Result<T> result, Func<T, string> success)
    {
        if (result.Succeeded)
            Notifications.Notify(NotificationSeverity.Success, success(result.Value));
        else
            Notifications.Notify(NotificationSeverity.Error, "Nothing changed", result.Problem.Message);
        await LoadAsync();
    }
}
