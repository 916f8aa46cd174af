using Platform.Engine.Language;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// One execution of a statement, as its handler sees it: attributes (evaluated when asked for, with the catalog's
/// defaults), the target, the run's ports, and errors that name the statement.
/// </summary>
internal readonly struct StatementCall(CallStatement node, StatementSchema schema, RunContext run, Evaluator evaluator)
{
    public CallStatement Node { get; } = node;

    public StatementSchema Schema { get; } = schema;

    public RunContext Run { get; } = run;

    public Evaluator Evaluator { get; } = evaluator;

    public CancellationToken CancellationToken => Run.CancellationToken;

    public string Keyword => Node.Keyword;

    public bool Has(string attribute) => Node.Attributes?.Find(attribute) is not null;

    public ExpressionNode? Expression(string attribute) => Node.Attributes?.Find(attribute)?.Value;

    /// <summary>The attribute's value; the catalog's default when it is not written; null when it has none.</summary>
    public XsValue Attribute(string attribute)
    {
        if (Expression(attribute) is { } expression)
            return Evaluator.Evaluate(expression);
        return Schema.FindAttribute(attribute)?.Default is { } fallback ? Defaults.Evaluate(fallback) : XsValue.Null;
    }

    public string Text(string attribute) => ValueConversions.ToText(Attribute(attribute));

    public bool Flag(string attribute) => ValueConversions.IsTruthy(Attribute(attribute));

    public double Number(string attribute)
    {
        var value = Attribute(attribute);
        return ValueConversions.TryToNumber(value, out var number)
            ? number.ToDouble()
            : throw Error($"'{attribute}' must be a number, not {ValueConversions.KindName(value)}.");
    }

    /// <summary>The name after the keyword: a table or function.</summary>
    public string TargetName => (Node.Target as NameNode)?.Name ?? throw Error("it needs a name after the keyword.");

    /// <summary>The value of the target: the parenthesised expression, or the variable a mutating statement names.</summary>
    public XsValue Target() => Node.Target is ExpressionNode expression ? Evaluator.Evaluate(expression) : XsValue.Null;

    /// <summary>Stores a new value in the variable (or path) the statement names: math.add $total, var.update $a.b.</summary>
    public void AssignTarget(XsValue value)
    {
        if (Node.Target is not ExpressionNode target)
            throw Error("it needs a variable after the keyword.");
        Paths.Assign(Run, Evaluator, target, Run.Checked(value, Node.Span));
    }

    public IRecordStore Records => Run.Records ?? throw Error("this run has no database.");

    public IHttpGateway Http => Run.Environment.Http ?? throw Error("this run cannot make outgoing requests.");

    public IMailer Mail => Run.Environment.Mail ?? throw Error("this run cannot send e-mail.");

    public ScriptErrorException Error(string message) => ScriptErrorException.Fatal($"{Keyword}: {message}");

    /// <summary>The catalog's default values are XanoScript text ("\"id\"", "10", "false"); read once each.</summary>
    private static class Defaults
    {
        private static readonly Dictionary<string, XsValue> Cache = new(StringComparer.Ordinal);
        private static readonly Lock Gate = new();

        public static XsValue Evaluate(string text)
        {
            lock (Gate)
            {
                if (Cache.TryGetValue(text, out var cached))
                    return cached;
                var (expression, _) = XanoScriptParser.ParseExpression(text);
                var value = expression is LiteralExpression or ArrayExpression or ObjectExpression or UnaryExpression
                    ? ConstantEvaluator.Evaluate(expression)
                    : XsValue.Text(text);
                Cache[text] = value;
                return value;
            }
        }
    }
}
