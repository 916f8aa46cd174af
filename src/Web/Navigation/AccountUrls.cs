namespace Platform.Web.Navigation;

public static class AccountUrls
{
    public const string SignIn = "/account/signin";
    public const string SignUp = "/account/signup";
    public const string SignOut = "/account/signout";

    public static string SignInFor(string? returnUrl) => WithReturnUrl(SignIn, returnUrl);

    public static string SignUpFor(string? returnUrl) => WithReturnUrl(SignUp, returnUrl);

    /// <summary>A return URL we will follow: a path on this site, never another host.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : "/";

    private static string WithReturnUrl(string page, string? returnUrl) =>
        SafeReturnUrl(returnUrl) is var safe && safe != "/"
            ? $"{page}?ReturnUrl={Uri.EscapeDataString(safe)}"
            : page;
}
