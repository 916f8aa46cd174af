using Microsoft.AspNetCore.Components;
using Platform.Data.Results;
using Platform.Engine.Runtime.Values;
using Platform.Web.Model.Database;
using Platform.Web.Services;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Dialogs;

public sealed partial class RecordDialog
{
    private RecordForm _form = null!;
    private Problem? _problem;
    private string? _error;
    private bool _busy;

    [Parameter, EditorRequired]
    public required RecordScope Scope { get; set; }

    /// <summary>The record to edit, or null to add one.</summary>
    [Parameter]
    public XsObject? Record { get; set; }

    [Inject]
    public required RecordService Records { get; init; }

    [Inject]
    public required BrowserTimeZone TimeZone { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    private string ZoneName => TimeZone.Zone.Id;

    protected override void OnInitialized() => _form = RecordForm.For(Scope.Table, Record, TimeZone.Zone);

    private string? ErrorFor(string field) => _problem?.Field == field ? _problem.Message : null;

    private async Task SubmitAsync()
    {
        if (_busy)
            return;
        _busy = true;
        try
        {
            var data = _form.ToData(TimeZone.Zone);
            var saved = !data.Succeeded ? data
                : Record is null ? await Records.AddAsync(Scope.Target, data.Value)
                : await Records.EditAsync(Scope.Target, Record.Get("id").AsInt, data.Value);
            _problem = saved.Problem;
            _error = saved.Problem is { } p && (p.Field is null || Scope.Table.FindField(p.Field) is null) ? p.Message : null;
            if (saved.Succeeded)
                Dialogs.Close(saved.Value);
        }
        finally
        {
            _busy = false;
        }
    }
}
