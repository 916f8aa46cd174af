using Microsoft.AspNetCore.Components;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Navigation;
using Platform.Web.Services.Database;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Pages.Database;

/// <summary>The Database section: the table list on the left, the selected table's records, schema and CSV on the right.</summary>
public sealed partial class DatabasePage
{
    private IReadOnlyList<TableDocument>? _tables;
    private string? _listError;
    private int? _loadedWorkspaceId;

    [Parameter]
    public int WorkspaceId { get; set; }

    [Parameter]
    public int? TableId { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    [Inject]
    public required TableService Tables { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required ILogger<DatabasePage> Logger { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedWorkspaceId == WorkspaceId)
            return;
        _loadedWorkspaceId = WorkspaceId;
        _tables = null;
        await LoadTablesAsync();
    }

    private async Task LoadTablesAsync()
    {
        _listError = null;
        try
        {
            var tables = await Tables.ListAsync(WorkspaceId);
            // A workspace the user cannot open is reported by WorkspaceScope; there is no list to show.
            _tables = tables.Succeeded ? tables.Value : [];
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            Logger.LogTableListFailed(exception, WorkspaceId);
            _listError = DatabaseUnavailable.Message;
        }
    }

    private void OnSearchChanged(string? search) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("q", string.IsNullOrWhiteSpace(search) ? null : search), replace: true);

    private void OnTabChanged(string tab) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("tab", tab), replace: true);

    private void OnTableChanged(TableDocument table) =>
        _tables = [.. (_tables ?? []).Select(t => t.Id == table.Id ? table : t).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];

    private async Task CreateTableAsync(WorkspaceAccess workspace)
    {
        TableDocument? created = null;
        await Dialogs.AskNameAsync(
            "New table", "Table name", "Create",
            async name =>
            {
                var result = await Tables.CreateAsync(workspace.Id, name);
                created = result.Value;
                return result.Problem;
            },
            hint: "For example products or payment_transactions. Every table gets id and created_at.");
        if (created is null)
            return;
        await LoadTablesAsync();
        Navigation.NavigateTo(AppUrls.Table(WorkspaceId, created.Id, TableView.SchemaTab));
    }

    private async Task OnTableDeletedAsync()
    {
        await LoadTablesAsync();
        Navigation.NavigateTo(AppUrls.Database(WorkspaceId));
    }
}
