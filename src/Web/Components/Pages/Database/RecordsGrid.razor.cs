using Microsoft.AspNetCore.Components;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Database;
using Platform.Web.Services;
using Platform.Web.Services.Database;
using Radzen;
using Radzen.Blazor;

namespace Platform.Web.Components.Pages.Database;

/// <summary>
/// Records of one table in the workspace's current datasource. Radzen's LoadData is translated into the record
/// store's query (condition, sort keys, window), so the database pages, sorts and filters.
/// </summary>
public sealed partial class RecordsGrid
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private RadzenDataGrid<RecordRow>? _grid;
    // Null until the first load: Radzen's grid asks LoadData for the first page only while it has no data.
    private IReadOnlyList<RecordRow>? _rows;
    private long _count;
    private bool _loading;
    private bool _filtered;
    private string? _error;

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Parameter, EditorRequired]
    public required TableDocument Table { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>Raised when a load finds the schema changed elsewhere, so the columns follow the records.</summary>
    [Parameter]
    public EventCallback<TableDocument> TableChanged { get; set; }

    [Inject]
    public required RecordService Records { get; init; }

    [Inject]
    public required BrowserTimeZone TimeZone { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    [Inject]
    public required ILogger<RecordsGrid> Logger { get; init; }

    private RecordTarget Target => new(Table.WorkspaceId, Table.Id, Workspace.Selected.Id);

    private string Summary => $"{ConfirmTexts.Records(_count)}{(_filtered ? " match" : "")} in {Workspace.Selected.Name}";

    /// <summary>Lists, json and objects have no order or simple comparison worth offering in a grid.</summary>
    private static bool IsComparable(FieldDefinition field) =>
        !field.IsList && field.Type is not (FieldType.Json or FieldType.Object or FieldType.Password);

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        var request = GridQuery.From(args, Table, TimeZone.Zone);
        if (!request.Succeeded)
        {
            Notifications.Notify(NotificationSeverity.Warning, "Filter not applied", request.Problem.Message);
            return;
        }
        _loading = true;
        _error = null;
        try
        {
            var page = await Records.QueryAsync(Target, request.Value);
            if (!page.Succeeded)
            {
                _error = page.Problem.Message;
                return;
            }
            if (page.Value.Rows.Count == 0 && request.Value.Skip > 0 && page.Value.Total > 0 && _grid is not null)
            {
                // The page is past the end now (its records were deleted, here or elsewhere): show the last page.
                await _grid.GoToPage((int)((page.Value.Total - 1) / request.Value.Take), forceReload: true);
                return;
            }
            _rows = page.Value.Rows;
            _count = page.Value.Total;
            _filtered = request.Value.Where is not null;
            if (page.Value.Table.ConcurrencyStamp != Table.ConcurrencyStamp)
                await TableChanged.InvokeAsync(page.Value.Table);
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogRecordLoadFailed(exception, Table.WorkspaceId, Table.Id);
            _error = DatabaseUnavailable.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
            await _grid.Reload();
    }

    private async Task<RecordScope?> ScopeAsync()
    {
        var scope = await Records.OpenAsync(Target);
        if (scope.Succeeded)
            return scope.Value;
        Notifications.Notify(NotificationSeverity.Error, "Could not open the table", scope.Problem.Message);
        return null;
    }

    private async Task AddAsync()
    {
        if (await ScopeAsync() is not { } scope)
            return;
        if (await Dialogs.EditRecordAsync(scope, null) is not null)
            await ChangedAsync();
    }

    private async Task EditAsync(RecordRow row)
    {
        if (await ScopeAsync() is not { } scope)
            return;
        if (await Dialogs.EditRecordAsync(scope, row.Values) is not null)
            await ChangedAsync();
    }

    private async Task DeleteAsync(RecordRow row)
    {
        var confirmed = await Dialogs.Confirm(ConfirmTexts.DeleteRecord(Table, row.Id, Workspace.Selected), "Delete record",
            new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed != true)
            return;
        var deleted = await Records.DeleteAsync(Target, row.Id);
        if (!deleted.Succeeded)
            Notifications.Notify(NotificationSeverity.Error, "Could not delete the record", deleted.Problem.Message);
        await ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        await ReloadAsync();
        await OnChanged.InvokeAsync();
    }
}
