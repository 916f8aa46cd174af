using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Scheduling;

namespace Platform.Data.Runs;

/// <summary>What stops a script or its settings from being published or run, as refusals that say where.</summary>
internal static class DraftChecks
{
    /// <summary>The first error the editor would show (syntax, the workspace's tables, what this runtime runs).</summary>
    public static async Task<Problem?> FirstScriptErrorAsync(
        WorkspaceSchemaLoader schemas, ParseResult parse, int workspaceId, string consequence, CancellationToken cancellationToken)
    {
        var options = RuntimeSupport.AnalyzerOptions with { Schema = await schemas.LoadAsync(workspaceId, cancellationToken) };
        if (ScriptAnalyzer.Analyze(parse, options).Diagnostics.FirstOrDefault(d => d.IsError) is not { } error)
            return null;
        var at = parse.Text.GetLinePosition(error.Span.Start);
        return Problem.Invalid(
            $"The script has errors, so {consequence}. Line {at.Line}, column {at.Column}: {error.Message} ({error.Code})", "script");
    }

    public static Problem SettingsError(SettingsError error, string consequence) =>
        Problem.Invalid(
            $"The settings have errors, so {consequence}. Line {error.Line}, column {error.Column} ({error.Path}): {error.Message}",
            "settings");
}
