using Microsoft.AspNetCore.Components;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Pages.Database;

public sealed partial class TableView
{
    public const string RecordsTab = "records";
    public const string SchemaTab = "schema";
    public const string CsvTab = "csv";
    private static readonly string[] TabNames = [RecordsTab, SchemaTab, CsvTab];

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Parameter, EditorRequired]
    public required TableDocument Table { get; set; }

    [Parameter]
    public string? Tab { get; set; }

    [Parameter]
    public EventCallback<string> TabChanged { get; set; }

    [Parameter]
    public EventCallback<TableDocument> TableChanged { get; set; }

    [Parameter]
    public EventCallback OnDeleted { get; set; }

    /// <summary>Raised when records were added, changed or removed, so counts elsewhere refresh.</summary>
    [Parameter]
    public EventCallback OnRecordsChanged { get; set; }

    [Inject]
    public required TableService Tables { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    private bool CanEdit => Workspace.Role.CanEdit();

    private int SelectedIndex => Math.Max(0, Array.IndexOf(TabNames, Tab ?? RecordsTab));

    private Task OnTabIndexChanged(int index) => TabChanged.InvokeAsync(TabNames[index]);

    private async Task RenameAsync()
    {
        await Dialogs.AskNameAsync(
            "Rename table", "Table name", "Rename",
            async name =>
            {
                var renamed = await Tables.RenameAsync(Table, name);
                if (renamed.Succeeded)
                    await TableChanged.InvokeAsync(renamed.Value);
                else if (await Tables.NewerAfterConflictAsync(Table, renamed.Problem) is { } latest)
                {
                    await TableChanged.InvokeAsync(latest);
                    return TableService.ChangedElsewhere(latest);
                }
                return renamed.Problem;
            },
            initialName: Table.Name,
            hint: "Scripts that name the old table keep it: update them after renaming.");
    }

    private async Task DeleteAsync()
    {
        // Counts are read fresh, so the confirmation states what is really there now.
        var fresh = await Tables.GetAsync(Table.WorkspaceId, Table.Id);
        if (!fresh.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Error, "Could not delete the table", fresh.Problem.Message);
            return;
        }
        var confirmed = await Dialogs.Confirm(ConfirmTexts.DeleteTable(fresh.Value), "Delete table",
            new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
            return;
        var deleted = await Tables.DeleteAsync(fresh.Value, fresh.Value.TotalRecords);
        if (!deleted.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Error, "Could not delete the table", deleted.Problem.Message);
            return;
        }
        Notifications.Notify(NotificationSeverity.Info, $"Deleted “{deleted.Value.Name}” and {ConfirmTexts.Records(deleted.Value.RecordsDeleted)}");
        await OnDeleted.InvokeAsync();
    }
}
