using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;
using Platform.Engine.Language.Text;

namespace Platform.Engine.Language.Binding;

/// <summary>
/// Follows every path through the stack and reports variables read before any path assigned them (an error), or
/// before every path did (a warning: the runtime reads null, and Xano's variables outlive their branch or loop).
/// Also warns when a task reads <c>$input</c>, which is always empty there.
/// </summary>
internal sealed partial class FlowAnalyzer
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<int> _reported = [];

    // Every variable some path has assigned so far: read where not every path did, it is null, not missing.
    private HashSet<string> _assignedSomewhere = new(StringComparer.Ordinal);
    private readonly bool _isTask;

    // Inside catch and finally, where $error holds the caught error.
    private int _errorScopes;

    private FlowAnalyzer(List<Diagnostic> diagnostics, bool isTask)
    {
        _diagnostics = diagnostics;
        _isTask = isTask;
    }

    public static void Analyze(ScriptDocument document, List<Diagnostic> diagnostics)
    {
        if (document.Construct is not { } construct)
            return;
        var analyzer = new FlowAnalyzer(diagnostics, construct.Keyword == "task");
        analyzer.AnalyzeConstruct(construct);
    }

    private void AnalyzeConstruct(ConstructNode construct)
    {
        var state = FlowState.Start();
        foreach (var clause in construct.Clauses)
        {
            switch (clause)
            {
                case StackClause stack:
                    AnalyzeBlock(stack.Block, state);
                    break;
                case ValueClause { Name: "response" } response:
                    Use(response.Value, state);
                    break;
                case TestClause test:
                    // A test sees only $response: nothing the stack assigned.
                    var stackAssigned = _assignedSomewhere;
                    _assignedSomewhere = new HashSet<string>(StringComparer.Ordinal);
                    AnalyzeBlock(test.Body, FlowState.Start());
                    _assignedSomewhere = stackAssigned;
                    break;
            }
        }
    }

    private void AnalyzeBlock(StatementBlock block, FlowState state)
    {
        foreach (var statement in block.Statements)
        {
            if (!statement.Disabled)
                AnalyzeStatement(statement, state);
        }
    }

    private FlowState AnalyzeBranch(StatementBlock block, FlowState before)
    {
        var state = before.Branch();
        AnalyzeBlock(block, state);
        return state;
    }

    private void Assign(FlowState state, string name)
    {
        state.Assign(name);
        _assignedSomewhere.Add(name);
    }

    private void ReportUse(string name, SourceSpan span)
    {
        if (!_reported.Add(span.Start))
            return;
        var descriptor = _assignedSomewhere.Contains(name) ? DiagnosticCatalog.MaybeUnassigned : DiagnosticCatalog.UseBeforeAssignment;
        _diagnostics.Add(descriptor.Create(span, name));
    }
}
