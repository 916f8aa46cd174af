using Microsoft.AspNetCore.Components;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Web.Components.Dialogs;
using Platform.Web.Navigation;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Pages.Settings;

public sealed partial class MemberManager
{
    private static readonly WorkspaceRole[] Roles = [WorkspaceRole.Viewer, WorkspaceRole.Editor, WorkspaceRole.Owner];

    private IReadOnlyList<MemberSummary>? _members;
    private string? _error;
    private string _email = "";
    private WorkspaceRole _newRole = WorkspaceRole.Viewer;
    private Problem? _addProblem;
    private string? _changeProblem;
    private bool _busy;
    private int _loads;

    [Parameter, EditorRequired]
    public required WorkspaceAccess Workspace { get; set; }

    [Inject]
    public required MemberService Members { get; init; }

    [Inject]
    public required DialogService Dialogs { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    private bool CanManage => Workspace.Role.CanAdminister();

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            var list = await Members.ListAsync(Workspace.Id);
            _members = list.Succeeded ? list.Value : [];
            _loads++;
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            _error = DatabaseUnavailable.Message;
        }
    }

    private async Task AddAsync()
    {
        if (_busy)
            return;
        await RunAsync(async () =>
        {
            var added = await Members.AddAsync(Workspace.Id, _email, _newRole);
            _addProblem = added.Problem;
            if (!added.Succeeded)
                return;
            _email = "";
            Notifications.Notify(NotificationSeverity.Success, $"Added {added.Value.Name} as {MemberStore.Wording(added.Value.Role)}");
            await LoadAsync();
        });
    }

    private async Task ChangeRoleAsync(MemberSummary member, WorkspaceRole role)
    {
        if (role == member.Role)
            return;
        await RunAsync(async () =>
        {
            var changed = await Members.ChangeRoleAsync(Workspace.Id, member, role);
            _changeProblem = changed.Problem?.Message;
            if (changed.Succeeded)
                Notifications.Notify(NotificationSeverity.Success, $"{changed.Value.Name} is now {MemberStore.Wording(changed.Value.Role)}");
            // Reloaded either way: a refused change puts the dropdown back on the stored role.
            await LoadAsync();
        });
    }

    private async Task RemoveAsync(MemberSummary member)
    {
        if (!await ConfirmAsync(ConfirmTexts.RemoveMember(member), "Remove member", "Remove"))
            return;
        await RunAsync(async () =>
        {
            var removed = await Members.RemoveAsync(Workspace.Id, member);
            _changeProblem = removed.Problem?.Message;
            if (removed.Succeeded)
                Notifications.Notify(NotificationSeverity.Success, $"Removed {member.Name} from the workspace");
            await LoadAsync();
        });
    }

    private async Task LeaveAsync()
    {
        if (!await ConfirmAsync(ConfirmTexts.LeaveWorkspace(Workspace.Workspace.Name), "Leave workspace", "Leave"))
            return;
        await RunAsync(async () =>
        {
            var left = await Members.LeaveAsync(Workspace.Id);
            if (left.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Success, $"You left {Workspace.Workspace.Name}");
                Navigation.NavigateTo(AppUrls.Workspaces);
                return;
            }
            _changeProblem = left.Problem.Message;
        });
    }

    /// <summary>Runs one change at a time; a database that does not answer is reported on the section, not as a crash.</summary>
    private async Task RunAsync(Func<Task> change)
    {
        _busy = true;
        try
        {
            await change();
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            _changeProblem = DatabaseUnavailable.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<bool> ConfirmAsync(string text, string title, string ok) =>
        await Dialogs.Confirm(text, title, new ConfirmOptions { OkButtonText = ok, CancelButtonText = "Cancel", CloseDialogOnEsc = true }) == true;
}
