using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Platform.Data.Identity;
using Platform.Data.Model;
using Platform.Web.Identity;
using Platform.Web.Navigation;
using Platform.Web.Services;
using Platform.Web.Services.Database;
using Platform.Web.Services.Editor;
using Platform.Web.Services.Runs;
using Platform.Web.Services.Settings;
using Radzen;

namespace Platform.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    /// <summary>Largest message a browser may send the server: room for a script of a few thousand lines.</summary>
    private const int MaxScriptMessageBytes = 1024 * 1024;

    /// <summary>Blazor Server, Radzen, sign-in with Identity, and the services the pages call.</summary>
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services)
    {
        // The editor sends the whole script for checking and saving; SignalR's 32 KB default would cut off a task
        // of about 700 lines.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaxScriptMessageBytes);
        services.AddRadzenComponents();
        services.AddRadzenCookieThemeService(options =>
        {
            options.Name = ThemeCookie.Name;
            options.Duration = TimeSpan.FromDays(365);
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = AccountUrls.SignIn;
            cookie.LogoutPath = AccountUrls.SignOut;
            cookie.AccessDeniedPath = AccountUrls.SignIn;
            cookie.Cookie.Name = "platform.auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAuthorization();
        services.AddIdentityCore<PlatformUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PlatformClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddAntiforgery(options => options.Cookie.Name = "platform.antiforgery");

        services.AddScoped<CurrentUser>();
        services.AddScoped<WorkspaceSession>();
        services.AddScoped<TaskService>();
        services.AddScoped<RunNowService>();
        services.AddScoped<EngineStatusService>();
        services.AddSingleton<WorkspaceRecords>();
        services.AddScoped<TableService>();
        services.AddScoped<RecordService>();
        services.AddScoped<DatasourceService>();
        services.AddScoped<MemberService>();
        services.AddScoped<VariableService>();
        services.AddScoped<BrowserTimeZone>();
        services.AddSingleton<ScriptLanguageService>();
        services.AddScoped<EditorSchemaSource>();
        services.AddHealthChecks();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Password.RequiredLength = 8;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
    }
}
