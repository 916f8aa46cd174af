using Microsoft.AspNetCore.Components;
using Platform.Data.Workspaces;
using Platform.Web.Identity;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Components.Layout;

public sealed partial class MainLayout
{
    private bool _sidebarExpanded = true;
    private string _displayName = "";

    [Inject]
    public required WorkspaceSession Session { get; init; }

    [Inject]
    public required CurrentUser User { get; init; }

    [Inject]
    public required NotificationService Notifications { get; init; }

    // Created here so the chosen theme is written to its cookie whenever the toggle changes it.
    [Inject]
    public required CookieThemeService ThemeCookieWriter { get; init; }

    [Inject]
    public required BrowserTimeZone TimeZone { get; init; }

    private string ShellClass =>
        Session.Current is { Selected.IsLive: false } ? "platform-shell is-test-data" : "platform-shell";

    protected override async Task OnInitializedAsync()
    {
        Session.Changed += OnSessionChanged;
        _displayName = await User.GetDisplayNameAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
            await TimeZone.InitializeAsync();
    }

    private async Task SelectDatasourceAsync(DatasourceInfo datasource)
    {
        var result = await Session.SelectDatasourceAsync(datasource.Id);
        if (!result.Succeeded)
            Notifications.Notify(NotificationSeverity.Error, "Could not switch datasource", result.Problem.Message);
    }

    private void OnSessionChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Session.Changed -= OnSessionChanged;
}
