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

    private ScriptChecker(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public static void Check(ScriptDocument document, List<Diagnostic> diagnostics) => new ScriptChecker(diagnostics).Visit(document);

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public override void VisitConstruct(ConstructNode construct)
    {
        _constructKeyword = construct.Keyword;
        _inTest = construct.Keyword == "workflow_test";
        CheckClauses(construct);
        base.VisitConstruct(construct);
    }

    public override void VisitClause(ClauseNode clause)
    {
        switch (clause)
        {
            case TestClause:
                _inTest = true;
                base.VisitClause(clause);
                _inTest = _constructKeyword == "workflow_test";
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
        var query = attribute.Name is "where" or "search" or "additional_where" or "eval" or "join";
        WithQueryMode(query || _queryMode, () => base.VisitAttribute(attribute));
    }

    private void WithQueryMode(bool queryMode, Action visit)
    {
        var saved = _queryMode;
        _queryMode = queryMode;
        visit();
        _queryMode = saved;
    }
}
