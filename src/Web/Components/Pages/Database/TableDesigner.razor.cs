using Microsoft.AspNetCore.Components;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Pages.Database;

public sealed partial class TableDesigner
{
    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Parameter, EditorRequired]
    public required TableDocument Table { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback<TableDocument> TableChanged { get; set; }

    [Inject]
    public required TableService Tables { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    public static string Rules(FieldDefinition field) => string.Join(", ", new[]
    {
        field.IsRequired ? "required" : null,
        field.IsNullable ? null : "not null",
        field.IsUnique ? "unique" : null,
        field.IsIndexed ? "index" : null,
    }.OfType<string>());

    private async Task EditAsync(FieldDefinition? field) =>
        await Dialogs.EditFieldAsync(Table, field, table => TableChanged.InvokeAsync(table));

    private async Task MoveAsync(int index, int by)
    {
        var names = Table.Fields.Select(f => f.Name).ToList();
        (names[index], names[index + by]) = (names[index + by], names[index]);
        await ReportAsync(await Tables.ReorderFieldsAsync(Table, names), "Could not reorder the fields");
    }

    private async Task DropAsync(FieldDefinition field)
    {
        var plan = await Tables.PlanDropFieldAsync(Table, field.Name);
        if (!plan.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Error, "Could not drop the field", plan.Problem.Message);
            return;
        }
        var confirmed = await Dialogs.Confirm(ConfirmTexts.DropField(plan.Value), "Drop field",
            new ConfirmOptions { OkButtonText = "Drop", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed == true)
            await ReportAsync(await Tables.DropFieldAsync(Table, field.Name, confirmed: true), "Could not drop the field");
    }

    private async Task ReportAsync(Data.Results.Result<TableDocument> result, string failure)
    {
        if (result.Succeeded)
        {
            await TableChanged.InvokeAsync(result.Value);
            return;
        }
        var problem = result.Problem;
        if (await Tables.NewerAfterConflictAsync(Table, problem) is { } latest)
        {
            await TableChanged.InvokeAsync(latest);
            problem = TableService.ChangedElsewhere(latest);
        }
        Notifications.Notify(NotificationSeverity.Error, failure, problem.Message);
    }
}
