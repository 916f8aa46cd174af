using Microsoft.JSInterop;
using Platform.Engine.Language.Binding;

namespace Platform.Web.Services.Editor;

/// <summary>What a <see cref="ScriptEditorBridge"/> needs from the editor that owns it.</summary>
public interface IScriptEditorHost
{
    /// <summary>The workspace schema for checks and completion, or null when there is none.</summary>
    Task<IWorkspaceSchema?> GetSchemaAsync();

    /// <summary>A newer analysis than any before: the problems list shows it.</summary>
    Task OnAnalyzedAsync(EditorAnalysis analysis);

    /// <summary>Ctrl+Enter in the editor.</summary>
    Task OnRunRequestedAsync();

    /// <summary>Format document left the text alone; the reason is for the user.</summary>
    Task OnFormatRefusedAsync(string reason);
}

/// <summary>
/// The .NET side of one Monaco editor: the browser module calls these methods through a DotNetObjectReference
/// kept per model, so with several editors on a page each answer comes from its own editor's context.
/// Lines and columns are 1-based, as Monaco counts them; out-of-range positions are clamped to the text.
/// </summary>
public sealed class ScriptEditorBridge(ScriptLanguageService language, IScriptEditorHost host)
{
    private int _latestVersion = int.MinValue;

    /// <summary>
    /// Markers for the text of request number <paramref name="version"/> (rising per editor), or null when a later
    /// request was already answered: answers may overtake each other while the schema loads.
    /// </summary>
    [JSInvokable]
    public async Task<EditorAnalysis?> Analyze(int version, string? text)
    {
        if (version < _latestVersion)
            return null;
        _latestVersion = version;
        var schema = await host.GetSchemaAsync();
        if (version < _latestVersion)
            return null;
        var analysis = language.Analyze(version, text ?? "", schema);
        await host.OnAnalyzedAsync(analysis);
        return analysis;
    }

    [JSInvokable]
    public async Task<EditorCompletionList> Complete(string? text, int line, int column) =>
        language.Complete(text ?? "", line, column, await host.GetSchemaAsync());

    [JSInvokable]
    public EditorHover? Hover(string? text, int line, int column) => language.Hover(text ?? "", line, column);

    [JSInvokable]
    public async Task<EditorFormatResult> Format(string? text)
    {
        var result = language.Format(text ?? "");
        if (result.Refusal is { } reason)
            await host.OnFormatRefusedAsync(reason);
        return result;
    }

    [JSInvokable]
    public Task RequestRun() => host.OnRunRequestedAsync();
}
