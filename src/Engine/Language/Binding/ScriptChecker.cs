using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>
/// Checks a tree against the catalogs: clauses of constructs, attributes of statements, filters and their
/// arguments, where values and variables may appear. Flow (use before assignment) is <see cref="FlowAnalyzer"/>'s job.
/// </summary>
internal sealed partial class ScriptChecker : SyntaxWalker
{
    private readonly List<Diagnostic> _diagnostics;
    private string? _constructKeyword;
    private int _loopDepth;
    private int _foreachDepth;
    private bool _inTest;
    private bool _queryMode;
    private bool _inSchedule;
    private bool _inAggregate;
    private StatementBlock? _testBody;
    private StatementBlock? _currentBlock;

    // The statements the runtime can run, when the caller knows them (AnalyzerOptions.SupportedStatements).
    private readonly IReadOnlySet<string>? _supported;

    private ScriptChecker(List<Diagnostic> diagnostics, IReadOnlySet<string>? supported)
    {
        _diagnostics = diagnostics;
        _supported = supported;
    }

    public static void Check(ScriptDocument document, List<Diagnostic> diagnostics, IReadOnlySet<string>? supported = null) =>
        new ScriptChecker(diagnostics, supported).Visit(document);

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public override void VisitConstruct(ConstructNode construct)
    {
        _constructKeyword = construct.Keyword;
        _inTest = construct.Keyword == "workflow_test";
        CheckClauses(construct);
        CheckHeaderArguments(construct.Keyword == "query" ? "query" : construct.Keyword, construct.Arguments, construct.Keyword == "query");
        foreach (var clause in construct.Clauses)
            VisitClause(clause);
    }

    // verb=GET after the path of an endpoint ('query') or of 'api.call'; nothing else takes header arguments.
    private static readonly string[] Verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private void CheckHeaderArguments(string owner, IReadOnlyList<HeaderArgument> arguments, bool takesVerb)
    {
        foreach (var argument in arguments)
        {
            if (!takesVerb || argument.Name != "verb")
            {
                Report(DiagnosticCatalog.UnexpectedTarget.Create(argument.Span, owner, $"'{argument.Name}'"));
                continue;
            }
            var verb = argument.Value switch
            {
                IdentifierExpression identifier => identifier.Name,
                LiteralExpression { IsText: true, Value: string text } => text,
                _ => null,
            };
            if (verb is null || !Verbs.Contains(verb))
                Report(DiagnosticCatalog.ValueNotAllowed.Create(argument.Value.Span, verb ?? "this", "verb", string.Join(", ", Verbs)));
        }
    }

    public override void VisitBlock(StatementBlock block)
    {
        var saved = _currentBlock;
        _currentBlock = block;
        base.VisitBlock(block);
        _currentBlock = saved;
    }

    public override void VisitClause(ClauseNode clause)
    {
        switch (clause)
        {
            case TestClause test:
                (_inTest, _testBody) = (true, test.Body);
                base.VisitClause(clause);
                (_inTest, _testBody) = (_constructKeyword == "workflow_test", null);
                break;
            case ValueClause { Name: "schedule" } or BlockClause { Name: "schedule" }:
                _inSchedule = true;
                base.VisitClause(clause);
                _inSchedule = false;
                break;
            case ValueClause value when ConstructCatalog.Find(_constructKeyword ?? "")?.FindClause(value.Name)?.Type == AttributeType.Query:
                WithQueryMode(true, () => base.VisitClause(clause));
                break;
            default:
                base.VisitClause(clause);
                break;
        }
    }

    public override void VisitAttribute(AttributeNode attribute)
    {
        // 'return' of a query may aggregate columns: return = {type: "aggregate", group: {…}, eval: {…}}.
        var query = attribute.Name is "where" or "search" or "additional_where" or "eval" or "join" or "return";
        var aggregate = _inAggregate;
        _inAggregate |= attribute.Name == "return";
        if (attribute.Name == "return" && AggregateType(attribute.Value) is { } type)
            Report(DiagnosticCatalog.NotSupported.Create(type.Span, "return type \"aggregate\""));
        WithQueryMode(query || _queryMode, () => base.VisitAttribute(attribute));
        _inAggregate = aggregate;
    }

    // The runtime has no aggregate queries yet; without this the run stopped on the first $db column in its eval.
    private static LiteralExpression? AggregateType(ExpressionNode? value) =>
        value is ObjectExpression spec
        && spec.Entries.FirstOrDefault(e => e.Key.Name == "type")?.Value is LiteralExpression { IsText: true, Value: "aggregate" } type
            ? type
            : null;

        private void WithQueryMode(bool queryMode, Action visit)
    {
        var saved = _queryMode;
        _queryMode = queryMode;
        visit();
        _queryMode = saved;
    }
}
