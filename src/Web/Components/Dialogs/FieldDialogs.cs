using Platform.Data.Tables;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="FieldDialog"/> with typed parameters.</summary>
public static class FieldDialogs
{
    public static Task<dynamic?> EditFieldAsync(this DialogService dialogs, TableDocument table, FieldDefinition? field, Func<TableDocument, Task> changed) =>
        dialogs.OpenAsync<FieldDialog>(
            field is null ? $"Add a field to {table.Name}" : $"Field {field.Name}",
            new Dictionary<string, object?>
            {
                [nameof(FieldDialog.Table)] = table,
                [nameof(FieldDialog.Field)] = field,
                [nameof(FieldDialog.TableChanged)] = Microsoft.AspNetCore.Components.EventCallback.Factory.Create(new object(), changed),
            },
            new DialogOptions { Width = "36rem", CloseDialogOnEsc = true });
}

/// <summary>Opens <see cref="RecordDialog"/> with typed parameters.</summary>
public static class RecordDialogs
{
    public static Task<dynamic?> EditRecordAsync(this DialogService dialogs, Services.Database.RecordScope scope, Platform.Engine.Runtime.Values.XsObject? record) =>
        dialogs.OpenAsync<RecordDialog>(
            record is null ? $"New record in {scope.Table.Name} ({scope.Datasource.Name})" : $"Record #{record.Get("id").AsInt} of {scope.Table.Name} ({scope.Datasource.Name})",
            new Dictionary<string, object?>
            {
                [nameof(RecordDialog.Scope)] = scope,
                [nameof(RecordDialog.Record)] = record,
            },
            new DialogOptions { Width = "40rem", CloseDialogOnEsc = true });
}
