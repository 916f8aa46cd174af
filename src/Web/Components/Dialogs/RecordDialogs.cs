using Platform.Engine.Runtime.Values;
using Platform.Web.Services.Database;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="RecordDialog"/> with typed parameters.</summary>
public static class RecordDialogs
{
    public static Task<dynamic?> EditRecordAsync(this DialogService dialogs, RecordScope scope, XsObject? record) =>
        dialogs.OpenAsync<RecordDialog>(
            record is null ? $"New record in {scope.Table.Name} ({scope.Datasource.Name})" : $"Record #{record.Get("id").AsInt} of {scope.Table.Name} ({scope.Datasource.Name})",
            new Dictionary<string, object?>
            {
                [nameof(RecordDialog.Scope)] = scope,
                [nameof(RecordDialog.Record)] = record,
            },
            new DialogOptions { Width = "40rem", CloseDialogOnEsc = true });
}
