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
                // The dialog is not a child of the designer; the callback itself re-renders the page that owns the table.
                [nameof(FieldDialog.TableChanged)] = Microsoft.AspNetCore.Components.EventCallback.Factory.Create(new object(), changed),
            },
            new DialogOptions { Width = "36rem", CloseDialogOnEsc = true });
}
