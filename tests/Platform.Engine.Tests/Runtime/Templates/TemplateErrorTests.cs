using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Templates;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Templates;

/// <summary>Bad and hostile templates end in a <see cref="TemplateException"/> with the right line, or in the run's own limit.</summary>
public sealed class TemplateErrorTests
{
    [Theory]
    [InlineData("Hi {{ user.name", 1, "This tag '{{' is never closed with '}}'.")]
    [InlineData("a\nb\n{% if true %}\nyes", 3, "'{% if %}' is never closed: expected '{% endif %}'.")]
    [InlineData("{% for x in items %}\n{% if x %}{% endfor %}", 2, "Expected '{% endif %}' to close '{% if %}' from line 2, but found '{% endfor %}'.")]
    [InlineData("x\n{# never closed", 2, "This comment '{#' is never closed with '#}'.")]
    [InlineData("{% endif %}", 1, "'{% endif %}' has no opening tag to close.")]
    [InlineData("\n{% include 'header.twig' %}", 2, "The tag 'include' is not supported by this template engine.")]
    [InlineData("{% frobnicate %}", 1, "Unknown tag 'frobnicate'.")]
    [InlineData("{{ user.name|shout }}", 1, "Unknown filter 'shout'.")]
    [InlineData("{{ user.name|upper(1) }}", 1, "The filter 'upper' takes no arguments, but 1 given.")]
    [InlineData("{{ items|slice }}", 1, "The filter 'slice' takes 1 to 2 arguments, but 0 given.")]
    [InlineData("{{ count is frozen }}", 1, "Unknown test 'frozen'. Expected one of: defined, empty, null, none, even, odd, iterable.")]
    [InlineData("{{ 'open }}", 1, "This text has no closing quote.")]
    [InlineData("{{ count @ 2 }}", 1, "Unexpected character '@' in a tag.")]
    [InlineData("{% for x in %}{% endfor %}", 1, "Expected a value but found '%}'.")]
    [InlineData("{% for x of items %}{% endfor %}", 1, "Expected 'in' after the loop variable but found 'of'.")]
    [InlineData("{{ range(1, 3) }}", 1, "Functions such as 'range()' are not supported; use a filter instead.")]
    [InlineData("{{ }}", 1, "Expected a value but found '}}'.")]
    [InlineData("{{ (1 + 2 }}", 1, "Expected ')' but found '}}'.")]
    public void Parse_BadTemplate_ReportsLineAndMessage(string template, int line, string message)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Parse(template));
        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Theory]
    [InlineData("one\ntwo\n{{ count // 0 }}", 3, "Division by zero ('//').")]
    [InlineData("\n{{ 'abc'|round }}", 2, "|round: it works on numbers, not text.")]
    [InlineData("{{ when|date('Y', 'Mars/Olympus') }}", 1, "|date: \"Mars/Olympus\" is not a time zone; use a name such as Europe/Paris.")]
    [InlineData("{{ 'soon'|date }}", 1, "|date: \"soon\" is not a date: give epoch milliseconds or text such as 2025-01-15 10:30:00.")]
    [InlineData("{{ html|escape('js') }}", 1, "|escape: the escaping strategy \"js\" is not supported; use \"html\" or \"url\".")]
    [InlineData("{{ 'x'|replace('a') }}", 1, "|replace: it takes an object of replacements such as {\"%name%\": name}, not text.")]
    [InlineData("{% for item in items %}\n{{ item.name - 1 }}{% endfor %}", 2, "Cannot compute the text \"Pen\" - the number 1: both sides must be numbers.")]
    public void Render_FailingExpression_ReportsLine(string template, int line, string message)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Render(template, TestTemplateHost.Standard()));
        Assert.Equal(line, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{{ 'abc'|slice(1, 9999999999999) }}|{{ 'abc'|slice(-9999999999999, -9999999999999) }}", "bc|")]
    [InlineData("{{ 'abc'|split('', 99999999999)|length }}|{{ 'a,b'|split(',', -9999999999)|length }}", "1|0")]
    [InlineData("{{ 1.5|round(99999) }}|{{ 2|number_format(-5) }}", "1.5|2")]
    [InlineData("{{ 99999999999999999999 * 99999999999999999999 > 1 ? 'big' }}", "big")]
    public void Render_ExtremeArguments_AreClampedNotCrashing(string template, string expected) =>
        Assert.Equal(expected, TemplateEngine.Render(template, TestTemplateHost.Standard()));

    [Theory]
    [InlineData("{{ (1..99999999999999999999)|length }}")]
    [InlineData("{{ (0 - 99999999999999999999..99999999999999999999)|length }}")]
    public void Render_HugeRange_StopsWithTheLoopLimit(string template) =>
        Assert.Throws<LoopLimitExceededException>(() => TemplateEngine.Render(template, TestTemplateHost.Standard()));

    [Fact]
    public void Render_EmptyTimeZone_IsATemplateError()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Render("{{ when|date('Y', '') }}", TestTemplateHost.Standard()));
        Assert.Equal("|date: \"\" is not a time zone; use a name such as Europe/Paris.", error.Message);
    }

    [Theory]
    [InlineData("", "{% if true %}", "x", "{% endif %}", "")]
    [InlineData("", "{% for i in [1] %}", "x", "{% endfor %}", "")]
    [InlineData("{{ ", "(", "1", ")", " }}")]
    [InlineData("{{ ", "[", "1", "]", " }}")]
    [InlineData("{{ ", "{a: ", "1", "}", " }}")]
    [InlineData("{{ ", "not ", "true", "", " }}")]
    [InlineData("{{ ", "-", "1", "", " }}")]
    public void Parse_TenThousandNestedLevels_IsAnErrorNotACrash(string prefix, string open, string middle, string close, string suffix)
    {
        var template = prefix + string.Concat(Enumerable.Repeat(open, 10_000)) + middle + string.Concat(Enumerable.Repeat(close, 10_000)) + suffix;
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Parse(template));
        Assert.Contains($"more than {TemplateParser.MaxDepth} deep", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 1", " + 1", " }}")]
    [InlineData("{{ 'x'", "|upper", " }}")]
    [InlineData("{{ user", ".name", " }}")]
    public void Parse_TenThousandLongChain_IsAnErrorNotACrash(string start, string repeated, string end)
    {
        var template = start + string.Concat(Enumerable.Repeat(repeated, 10_000)) + end;
        var error = Assert.Throws<TemplateException>(() => TemplateEngine.Parse(template));
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LoopLongerThanTheRunsLoopLimit_StopsWithTheLimit()
    {
        var host = TestTemplateHost.Standard(loopLimit: 5);
        var items = "[" + string.Join(", ", Enumerable.Range(1, 6)) + "]";
        var limit = Assert.Throws<LoopLimitExceededException>(() => TemplateEngine.Render($"{{% for i in {items} %}}{{{{ i }}}}{{% endfor %}}", host));
        Assert.Equal("loop_iterations", limit.Limit);
        Assert.Equal(5, host.Iterations);
    }

    [Fact]
    public void Render_NestedLoopsEachWithinTheLimit_Run()
    {
        var host = TestTemplateHost.Standard(loopLimit: 3);
        Assert.Equal("123123123", TemplateEngine.Render("{% for a in 1..3 %}{% for b in [1, 2, 3] %}{{ b }}{% endfor %}{% endfor %}", host));
        Assert.Equal(12, host.Iterations);
    }

    [Fact]
    public void Render_RangeLongerThanTheLoopLimit_StopsWithTheLimit()
    {
        var host = TestTemplateHost.Standard(loopLimit: 100);
        Assert.Throws<LoopLimitExceededException>(() => TemplateEngine.Render("{{ (1..1000000000)|length }}", host));
    }

    [Fact]
    public void Render_OutputBeyondTheValueLimit_StopsWithTheLimit()
    {
        var host = TestTemplateHost.Standard(valueBytes: 2_000);
        var limit = Assert.Throws<ValueSizeExceededException>(() => TemplateEngine.Render("{% for i in 1..900 %}{{ 'abc' }}{% endfor %}", host));
        Assert.Equal("value_size", limit.Limit);
    }

    [Fact]
    public void Render_ParsedTemplate_IsReusableWithOtherVariables()
    {
        var template = TemplateEngine.Parse("{% set n = (n ?? 0) + 1 %}{{ name }}:{{ n }}");
        var first = new TestTemplateHost(new Dictionary<string, XsValue> { ["name"] = XsValue.Text("a") });
        var second = new TestTemplateHost(new Dictionary<string, XsValue> { ["name"] = XsValue.Text("b"), ["n"] = XsValue.Int(41) });
        Assert.Equal(("a:1", "b:42", "a:1"), (TemplateEngine.Render(template, first), TemplateEngine.Render(template, second), TemplateEngine.Render(template, first)));
    }

    [Fact]
    public void CacheParse_SameText_GivesTheSameTreeAndBadTextFailsEachTime()
    {
        var text = "{{ 'cached " + Guid.NewGuid() + "' }}";
        Assert.Same(TemplateCache.Parse(text), TemplateCache.Parse(text));
        Assert.Throws<TemplateException>(() => TemplateCache.Parse("{% if %}"));
        Assert.Throws<TemplateException>(() => TemplateCache.Parse("{% if %}"));
    }
}
