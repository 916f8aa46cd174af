namespace Platform.Web.Navigation;

/// <summary>Notices a static form page shows after a redirect, carried in the query string.</summary>
public static class FormNotice
{
    public const string QueryKey = "notice";
    public const string Expired = "form-expired";

    public static string? MessageFor(string? notice) => notice switch
    {
        Expired => "The form's security check failed: it expired or was changed. Nothing was saved. Please try again.",
        _ => null,
    };
}
