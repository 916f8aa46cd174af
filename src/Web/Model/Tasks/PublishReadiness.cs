using Platform.Engine.Language;
using Platform.Engine.Scheduling;

namespace Platform.Web.Model.Tasks;

/// <summary>Whether a draft can be published: the first error of its script or settings, as the Publish button's tooltip.</summary>
public static class PublishReadiness
{
    /// <summary>The first error, with its line and column; null when there is none.</summary>
    public static string? FirstError(string script, string settingsJson)
    {
        var analysis = ScriptAnalyzer.Analyze(script);
        if (analysis.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            var at = analysis.Parse.Text.GetLinePosition(error.Span.Start);
            return $"Line {at.Line}, column {at.Column}: {error.Message}";
        }
        var settings = TaskSettingsJson.Parse(settingsJson);
        return settings.Errors is [var first, ..] ? $"Settings, line {first.Line}, column {first.Column}: {first.Message}" : null;
    }
}
