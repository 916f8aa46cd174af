using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Platform.Data.Identity;
using Platform.Web.Navigation;

namespace Platform.Web.Components.Account;

/// <summary>What every server-rendered account form needs: Identity, the request, where to return, the notice to show.</summary>
public abstract class AccountPage : ComponentBase
{
    [Inject]
    public required SignInManager<PlatformUser> SignInManager { get; init; }

    [Inject]
    public required UserManager<PlatformUser> UserManager { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery]
    protected string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery(Name = FormNotice.QueryKey)]
    protected string? Notice { get; set; }

    protected bool IsSignedInGet =>
        HttpMethods.IsGet(HttpContext.Request.Method) && HttpContext.User.Identity?.IsAuthenticated == true;

    /// <summary>Leaves the form for where the user was going (a local path), or the app's home.</summary>
    protected void ReturnToApp() => Navigation.NavigateTo(AccountUrls.SafeReturnUrl(ReturnUrl));
}
