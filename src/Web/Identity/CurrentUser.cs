using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Platform.Web.Identity;

/// <summary>The signed-in user of this circuit or request.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>The user's id. Pages that call this require sign-in, so an anonymous caller is a bug.</summary>
    public async Task<Guid> GetIdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return TryGetId(state.User) ?? throw new InvalidOperationException("No signed-in user.");
    }

    public async Task<string> GetDisplayNameAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(DisplayNameClaim.Type) ?? state.User.Identity?.Name ?? "";
    }

    public static Guid? TryGetId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
