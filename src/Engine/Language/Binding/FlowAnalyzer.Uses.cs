using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

internal sealed partial class FlowAnalyzer
{
    /// <summary>Reads every variable in the expression: each must be assigned on this path or provided by the engine.</summary>
    private void Use(ExpressionNode expression, FlowState state) => new UseWalker(this, state, skipRoot: false).VisitExpression(expression);

    /// <summary>Reads the variables inside a declared path (<c>var $x</c> itself is not a read; an index in it is).</summary>
    private void UseInside(ExpressionNode expression, FlowState state) => new UseWalker(this, state, skipRoot: true).VisitExpression(expression);

    private void CheckRead(string name, Text.SourceSpan span, FlowState state)
    {
        if (name == "$input" && _isTask)
        {
            if (_reported.Add(span.Start))
                _diagnostics.Add(DiagnosticCatalog.InputInTask.Create(span, name));
            return;
        }
        if (name == "$error")
        {
            if (_errorScopes == 0 && _reported.Add(span.Start))
                _diagnostics.Add(DiagnosticCatalog.ErrorOutsideCatch.Create(span));
            return;
        }
        if (!Variables.Provided.Contains(name) && !state.IsAssigned(name))
            ReportUse(name, span);
    }

    private sealed class UseWalker(FlowAnalyzer analyzer, FlowState state, bool skipRoot) : SyntaxWalker
    {
        private bool _skipNextRoot = skipRoot;

        public override void VisitExpression(ExpressionNode expression)
        {
            var skip = _skipNextRoot;
            _skipNextRoot = false;
            switch (expression)
            {
                case VariableExpression variable:
                    if (!skip)
                        analyzer.CheckRead(variable.Name, variable.Span, state);
                    return;
                case MemberAccessExpression { Target: VariableExpression { Name: "$var" } } longForm:
                    if (!skip)
                        analyzer.CheckRead("$" + longForm.Member, longForm.Span, state);
                    return;
                case MemberAccessExpression or IndexExpression when skip:
                    _skipNextRoot = true;
                    break;
            }
            base.VisitExpression(expression);
        }
    }
}
