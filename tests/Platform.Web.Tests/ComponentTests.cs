using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace Platform.Web.Tests;

/// <summary>A bUnit context with Radzen's services; Radzen's own JS calls are answered loosely.</summary>
public abstract class ComponentTests : BunitContext
{
    protected ComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
    }
}
