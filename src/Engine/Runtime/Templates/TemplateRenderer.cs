using System.Text;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Sandbox;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// Renders a parsed template. Output is never escaped automatically (templates in Xano make prompts, SQL, JSON and
/// Markdown as often as HTML); <c>|escape</c> escapes on request. Each for loop counts against the run's loop
/// limit, and the output against the run's value size limit. Errors carry the line of the tag that failed.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly StringBuilder _output = new();
    private readonly TemplateScope _scope;
    private readonly TemplateEvaluator _evaluator;
    private readonly ITemplateHost _host;

    private TemplateRenderer(ITemplateHost host)
    {
        _host = host;
        _scope = new TemplateScope(host);
        _evaluator = new TemplateEvaluator(_scope, host);
    }

    public static string Render(TemplateDocument template, ITemplateHost host)
    {
        var renderer = new TemplateRenderer(host);
        renderer.RenderBody(template.Body);
        return renderer._output.ToString();
    }

    private void RenderBody(IReadOnlyList<TemplateNode> body)
    {
        foreach (var node in body)
            RenderNode(node);
    }

    private void RenderNode(TemplateNode node)
    {
        try
        {
            switch (node)
            {
                case TextNode text:
                    Write(text.Text);
                    break;
                case PrintNode print:
                    Write(TemplateValues.ToText(_evaluator.Evaluate(print.Value)));
                    break;
                case IfNode conditional:
                    RenderBody(conditional.Branches.FirstOrDefault(b => _evaluator.IsTrue(b.Condition))?.Body ?? conditional.Else);
                    break;
                case ForNode loop:
                    RenderFor(loop);
                    break;
                case SetNode set:
                    _scope.Set(set.Name, set.Value is { } value ? _evaluator.Evaluate(value) : XsValue.Text(Capture(set.Body)));
                    break;
            }
        }
        catch (ScriptErrorException error)
        {
            throw new TemplateException(error.Error.Message, node.Line);
        }
        catch (Exception unexpected) when (unexpected is not (TemplateException or LimitExceededException or OperationCanceledException))
        {
            throw new TemplateException(unexpected.Message, node.Line);
        }
    }

    private void RenderFor(ForNode loop)
    {
        var entries = TemplateValues.Entries(_evaluator.Evaluate(loop.Source));
        if (entries.Count == 0)
        {
            RenderBody(loop.Else);
            return;
        }
        _scope.Push();
        try
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (i >= _host.LoopLimit)
                    throw new LoopLimitExceededException(_host.LoopLimit, null);
                _host.CountIteration();
                if (loop.KeyName is { } key)
                    _scope.Define(key, entries[i].Key);
                _scope.Define(loop.ValueName, entries[i].Value);
                _scope.Define("loop", LoopVariable(i, entries.Count));
                RenderBody(loop.Body);
            }
        }
        finally
        {
            _scope.Pop();
        }
    }

    private static XsValue LoopVariable(int index, int length)
    {
        var builder = new XsObject.Builder();
        builder.Set("index", XsValue.Int(index + 1));
        builder.Set("index0", XsValue.Int(index));
        builder.Set("revindex", XsValue.Int(length - index));
        builder.Set("revindex0", XsValue.Int(length - index - 1));
        builder.Set("first", XsValue.Bool(index == 0));
        builder.Set("last", XsValue.Bool(index == length - 1));
        builder.Set("length", XsValue.Int(length));
        return XsValue.Object(builder.ToObject());
    }

    // {% set x %}…{% endset %}: the body renders into the variable instead of the output.
    private string Capture(IReadOnlyList<TemplateNode> body)
    {
        var start = _output.Length;
        RenderBody(body);
        var captured = _output.ToString(start, _output.Length - start);
        _output.Length = start;
        return captured;
    }

    private void Write(string text)
    {
        if (_output.Length + (long)text.Length > _host.MaxOutputLength)
            throw new ValueSizeExceededException(_host.ValueBytes, null);
        _output.Append(text);
    }
}
