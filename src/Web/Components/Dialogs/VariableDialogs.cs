using Platform.Data.Results;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="VariableDialog"/> with typed parameters.</summary>
public static class VariableDialogs
{
    /// <summary>The saved variable's name, or null when cancelled.</summary>
    public static async Task<string?> AskVariableAsync(
        this DialogService dialogs, string title, string? fixedName, Func<string, string, Task<Problem?>> submit) =>
        await dialogs.OpenAsync<VariableDialog>(
            title,
            new Dictionary<string, object?>
            {
                [nameof(VariableDialog.FixedName)] = fixedName,
                [nameof(VariableDialog.Submit)] = submit,
            },
            new DialogOptions { Width = "32rem", CloseDialogOnEsc = true }) as string;
}
