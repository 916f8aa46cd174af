using Microsoft.AspNetCore.Components;
using Platform.Data.Workspaces;
using Platform.Web.Navigation;
using Platform.Web.Services;

namespace Platform.Web.Components.Pages.Workspaces;

public sealed partial class WorkspacesPage
{
    private IReadOnlyList<WorkspaceSummary>? _workspaces;
    private string _newName = "";
    private string? _createError;
    private bool _creating;

    [Inject]
    public required WorkspaceSession Session { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnInitializedAsync() => _workspaces = await Session.ListAsync();

    private async Task CreateAsync()
    {
        if (_creating)
            return;
        _creating = true;
        try
        {
            var created = await Session.CreateAsync(_newName);
            if (created.Succeeded)
                Navigation.NavigateTo(AppUrls.Tasks(created.Value.Id));
            else
                _createError = created.Problem.Message;
        }
        finally
        {
            _creating = false;
        }
    }
}
