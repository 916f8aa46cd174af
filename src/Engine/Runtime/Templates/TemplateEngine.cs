namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// A Twig subset for util.template_engine (docs/template-engine.md). Parsing and rendering are separate steps: the
/// parsed <see cref="TemplateDocument"/> is immutable and can be rendered many times. Both throw
/// <see cref="TemplateException"/> (with the template line) for a bad template; the run's limits throw their own.
/// </summary>
internal static class TemplateEngine
{
    public static TemplateDocument Parse(string source) => TemplateParser.Parse(source);

    public static string Render(TemplateDocument template, ITemplateHost host) => TemplateRenderer.Render(template, host);

    public static string Render(string source, ITemplateHost host) => Render(Parse(source), host);
}
