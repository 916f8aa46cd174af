using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Services;
using Radzen;

namespace Platform.Web.Tests;

/// <summary>A bUnit context with Radzen's services and the browser's time zone (UTC); JS calls are answered loosely.</summary>
public abstract class ComponentTests : BunitContext
{
    protected ComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddScoped<BrowserTimeZone>();
    }
}
