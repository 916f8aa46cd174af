using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

internal sealed partial class FlowAnalyzer
{
    private void AnalyzeStatement(StatementNode statement, FlowState state)
    {
        switch (statement)
        {
            case CallStatement call:
                AnalyzeCall(call, state);
                break;
            case SettingStatement setting:
                Use(setting.Value, state);
                break;
            case ConditionalStatement conditional:
                AnalyzeConditional(conditional, state);
                break;
            case SwitchStatement @switch:
                Use(@switch.Value, state);
                var cases = @switch.Cases.Select(c => AnalyzeCase(c, state)).ToList();
                if (@switch.Cases.All(c => c.Value is not null))
                    cases.Add(state.Branch());
                state.ContinueFrom(cases);
                break;
            case LoopStatement loop:
                AnalyzeLoop(loop, state);
                break;
            case TryCatchStatement tryCatch:
                AnalyzeTryCatch(tryCatch, state);
                break;
            case StackStatement { Stack: { } stack }:
                AnalyzeBlock(stack, state);
                break;
        }
    }

    private void AnalyzeCall(CallStatement call, FlowState state)
    {
        if (call.Target is ExpressionNode target)
        {
            // 'var $x' declares; every other statement with a variable target reads it first (var.update, math.add…).
            if (call.Keyword == "var")
                UseInside(target, state);
            else
                Use(target, state);
        }
        foreach (var argument in call.Arguments)
            Use(argument.Value, state);
        if (call.Condition is { } condition)
            Use(condition, state);
        foreach (var attribute in call.Attributes?.Attributes ?? [])
        {
            if (attribute.Value is { } value)
                Use(value, state);
        }
        if (call.Keyword == "var" && call.Target is ExpressionNode declared && Variables.RootOf(declared) is { } root)
            Assign(state, root.Name);
        if (call.Binding is { } binding && Variables.RootOf(binding.Variable) is { } bound)
            Assign(state, bound.Name);
        // After these nothing later in the block runs on this path (break/continue leave the iteration).
        if (call.Keyword is "return" or "throw" or "debug.stop" or "break" or "continue")
            state.EndPath();
    }

    private void AnalyzeConditional(ConditionalStatement conditional, FlowState state)
    {
        var paths = new List<FlowState>();
        foreach (var branch in conditional.Branches)
        {
            if (branch.Condition is { } condition)
                Use(condition, state);
            paths.Add(AnalyzeBranch(branch.Body, state));
        }
        if (conditional.Branches.All(b => b.Keyword != "else"))
            paths.Add(state.Branch());
        state.ContinueFrom(paths);
    }

    private FlowState AnalyzeCase(SwitchCase @case, FlowState state)
    {
        if (@case.Value is { } value)
            Use(value, state);
        return AnalyzeBranch(@case.Body, state);
    }

    // The body may run zero times: what it assigns is certain inside it; after the loop it may be null.
    private void AnalyzeLoop(LoopStatement loop, FlowState state)
    {
        Use(loop.Source, state);
        if (loop.Each is not { } each)
            return;
        var body = state.Branch();
        if (each.Variable is { } variable && Variables.RootOf(variable.Variable) is { } root)
            Assign(body, root.Name);
        AnalyzeBlock(each.Body, body);
    }

    // The catch may start before anything in the try ran; finally runs after either.
    private void AnalyzeTryCatch(TryCatchStatement tryCatch, FlowState state)
    {
        var tryPart = tryCatch.Find("try");
        var catchPart = tryCatch.Find("catch");
        var afterTry = tryPart is null ? state.Branch() : AnalyzeBranch(tryPart.Body, state);
        _errorScopes++;
        var paths = catchPart is null ? [afterTry] : new List<FlowState> { afterTry, AnalyzeBranch(catchPart.Body, state) };
        state.ContinueFrom(paths);
        if (tryCatch.Find("finally") is { } finallyPart)
            AnalyzeBlock(finallyPart.Body, state);
        _errorScopes--;
    }
}
