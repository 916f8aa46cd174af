using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Model.Database;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Pages.Database;

/// <summary>
/// Import: read the file, map columns, dry-run every row through the record store, then import all rows — or, when
/// the user chooses, only the valid ones — in one all-or-nothing bulk add. Nothing is written by a failed check.
/// </summary>
public sealed partial class CsvPanel
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private CsvFile? _file;
    private string _fileName = "";
    private string? _fileError;
    private IReadOnlyList<ColumnMapping> _mapping = [];
    private CsvImportReport? _report;
    private bool _busy;

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Parameter, EditorRequired]
    public required TableDocument Table { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback OnImported { get; set; }

    [Inject]
    public required RecordService Records { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    private RecordTarget Target => new(Table.WorkspaceId, Table.Id, Workspace.Selected.Id);

    private async Task OnFileChosenAsync(InputFileChangeEventArgs args)
    {
        _file = null;
        _report = null;
        _fileError = null;
        var chosen = args.File;
        if (chosen.Size > MaxFileBytes)
        {
            _fileError = $"The file is {chosen.Size / 1024 / 1024:N0} MB; an import takes at most {MaxFileBytes / 1024 / 1024} MB.";
            return;
        }
        await using var stream = chosen.OpenReadStream(MaxFileBytes);
        var read = await CsvFile.ReadAsync(stream);
        if (!read.Succeeded)
        {
            _fileError = read.Problem.Message;
            return;
        }
        _file = read.Value;
        _fileName = chosen.Name;
        _mapping = CsvImportPlan.AutoMap(_file.Headers, Table);
    }

    private void OnMappingChanged(IReadOnlyList<ColumnMapping> mapping)
    {
        _mapping = mapping;
        _report = null;
    }

    private async Task CheckAsync()
    {
        if (_file is null || CsvImportPlan.Check(_mapping) is not null)
            return;
        _busy = true;
        try
        {
            var rows = CsvImportPlan.Build(_file, _mapping, Table);
            var verdicts = await Records.ValidateAsync(Target, rows.Records);
            if (!verdicts.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Error, "Could not check the rows", verdicts.Problem.Message);
                return;
            }
            _report = CsvImportReport.Combine(rows, verdicts.Value, Table);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task ImportAllAsync() => ImportAsync();

    private async Task ImportValidAsync()
    {
        if (_report is null)
            return;
        var confirmed = await Dialogs.Confirm(ConfirmTexts.ImportValidRows(_report, Workspace.Selected.Name), "Import valid rows",
            new ConfirmOptions { OkButtonText = "Import", CancelButtonText = "Cancel", CloseDialogOnEsc = true });
        if (confirmed == true)
            await ImportAsync();
    }

    private async Task ImportAsync()
    {
        if (_report is null || _busy)
            return;
        _busy = true;
        try
        {
            var imported = await Records.ImportAsync(Target, _report.ValidRecords);
            if (!imported.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Error, "Nothing was imported", imported.Problem.Message);
                return;
            }
            Notifications.Notify(NotificationSeverity.Success, $"Imported {ConfirmTexts.Records(imported.Value)} into {Workspace.Selected.Name}");
            _file = null;
            _report = null;
            await OnImported.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
