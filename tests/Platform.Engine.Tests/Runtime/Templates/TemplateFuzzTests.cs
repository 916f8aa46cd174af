using System.Text;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Templates;

namespace Platform.Engine.Tests.Runtime.Templates;

/// <summary>Random templates built from Twig's pieces: rendering gives text, a template error or a run limit — never another exception.</summary>
public sealed class TemplateFuzzTests
{
    private static readonly string[] Fragments =
    [
        "{{", "}}", "{%", "%}", "{#", "#}", "-", "~", " if ", " endif ", " elseif ", " else ", " for ", " endfor ", " in ",
        " set ", " endset ", "=", "x", "items", "user.name", "loop.index", "|", "upper", "length", "join(', ')", "date",
        "slice(1)", "(", ")", "[", "]", "{", "}", "'", "\"", "..", "1", "2.5", "-1", " not ", " and ", " or ", " is ",
        " defined", " empty", "?", ":", "??", "?:", ",", "\n", " ", "text ", "é", "//", "**", "%", "*", "0",
    ];

    [Fact]
    public void Render_5000RandomTemplates_OnlyTemplateErrorsOrLimits()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 5_000; i++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 40);
            for (var j = 0; j < pieces; j++)
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            var template = builder.ToString();
            try
            {
                TemplateEngine.Render(template, TestTemplateHost.Standard(loopLimit: 1_000));
            }
            catch (Exception exception) when (exception is TemplateException or LimitExceededException)
            {
            }
            catch (Exception exception)
            {
                Assert.Fail($"{exception.GetType().Name}: {exception.Message} for template: {template}");
            }
        }
    }
}
