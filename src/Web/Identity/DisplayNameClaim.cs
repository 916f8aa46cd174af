using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Data.Identity;

namespace Platform.Web.Identity;

public static class DisplayNameClaim
{
    public const string Type = "platform:display_name";
}

/// <summary>Puts the user's display name into the sign-in cookie, so the top bar needs no query to greet them.</summary>
internal sealed class PlatformClaimsPrincipalFactory(UserManager<PlatformUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim.Type, user.DisplayName));
        return identity;
    }
}
