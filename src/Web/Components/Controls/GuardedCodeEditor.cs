using BlazorMonaco.Editor;
using Microsoft.JSInterop;

namespace Platform.Web.Components.Controls;

/// <summary>
/// BlazorMonaco's editor for parts of a page that can go away while Monaco is still being created (another task
/// opened at once). BlazorMonaco then touches its already disposed .NET reference, and that exception, thrown after
/// rendering, would end the user's circuit: the page would stop answering. A reload during creation leaves the old
/// circuit without a browser, and its refused JS call is absorbed the same way.
/// </summary>
public sealed class GuardedCodeEditor : StandaloneCodeEditor
{
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            await base.OnAfterRenderAsync(firstRender);
        }
        catch (Exception exception) when (IsGone(exception))
        {
            // The editor was closed (or the browser left) during creation: there is nothing left to finish.
        }
    }

    private static bool IsGone(Exception exception) =>
        exception is JSDisconnectedException
        || exception is ObjectDisposedException disposed && disposed.ObjectName.StartsWith(typeof(DotNetObjectReference).FullName!, StringComparison.Ordinal)
        // A circuit whose browser went away (a reload while the editor was being created) refuses JS calls with this.
        || exception is InvalidOperationException && exception.Message.StartsWith("JavaScript interop calls cannot be issued at this time", StringComparison.Ordinal);
}
