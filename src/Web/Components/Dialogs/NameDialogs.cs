using Platform.Data.Results;
using Radzen;

namespace Platform.Web.Components.Dialogs;

/// <summary>Opens <see cref="NameDialog"/> with typed parameters.</summary>
public static class NameDialogs
{
    public static Task<dynamic?> AskNameAsync(
        this DialogService dialogs, string title, string label, string submitText, Func<string, Task<Problem?>> submit,
        string initialName = "", string? hint = null) =>
        dialogs.OpenAsync<NameDialog>(
            title,
            new Dictionary<string, object?>
            {
                [nameof(NameDialog.Label)] = label,
                [nameof(NameDialog.SubmitText)] = submitText,
                [nameof(NameDialog.Submit)] = submit,
                [nameof(NameDialog.InitialName)] = initialName,
                [nameof(NameDialog.Hint)] = hint,
            },
            new DialogOptions { Width = "28rem", CloseDialogOnEsc = true });
}
