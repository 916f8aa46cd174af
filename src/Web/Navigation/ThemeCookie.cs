namespace Platform.Web.Navigation;

/// <summary>The light/dark choice is remembered per browser in this cookie (Radzen's CookieThemeService writes it).</summary>
public static class ThemeCookie
{
    public const string Name = "platform.theme";
    public const string Light = "material";
    public const string Dark = "material-dark";

    public static string Resolve(string? cookieValue) => cookieValue is Light or Dark ? cookieValue : Light;

    public static bool IsDark(string? theme) => theme?.EndsWith("-dark", StringComparison.Ordinal) == true;
}
