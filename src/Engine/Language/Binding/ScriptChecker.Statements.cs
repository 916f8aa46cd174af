using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

internal sealed partial class ScriptChecker
{
    public override void VisitStatement(StatementNode statement)
    {
        switch (statement)
        {
            case SettingStatement setting:
                CheckSetting(setting);
                break;
            case ConditionalStatement conditional:
                CheckOwnAttributes("conditional", conditional.Attributes);
                break;
            case SwitchStatement @switch:
                CheckOwnAttributes("switch", @switch.Attributes);
                break;
            case TryCatchStatement tryCatch:
                CheckOwnAttributes("try_catch", tryCatch.Attributes);
                CheckTryCatchParts(tryCatch);
                break;
            case StackStatement stack:
                CheckOwnAttributes(stack.Keyword, stack.Attributes);
                CheckSupport(stack);
                break;
            case LoopStatement loop:
                CheckOwnAttributes(loop.Keyword, loop.Attributes);
                VisitLoop(loop);
                return;
        }
        base.VisitStatement(statement);
    }

    private static readonly string[] TestSettings = ["input", "datasource"];

    private void CheckSetting(SettingStatement setting)
    {
        if (!_inTest || _currentBlock != _testBody)
            Report(DiagnosticCatalog.TestSettingOutsideTest.Create(setting.KeywordSpan, setting.Keyword));
        else if (!TestSettings.Contains(setting.Keyword))
            Report(DiagnosticCatalog.UnknownAttribute.Create(setting.KeywordSpan, setting.Keyword, "test", string.Join(", ", TestSettings)));
    }

    private void VisitLoop(LoopStatement loop)
    {
        _loopDepth++;
        _foreachDepth += loop.Keyword == "foreach" ? 1 : 0;
        if (loop.Each?.Variable is { } variable)
            CheckAssignable(variable.Variable);
        base.VisitStatement(loop);
        _foreachDepth -= loop.Keyword == "foreach" ? 1 : 0;
        _loopDepth--;
    }

    private void CheckTryCatchParts(TryCatchStatement tryCatch)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in tryCatch.Parts.Where(p => !seen.Add(p.Keyword)))
            Report(DiagnosticCatalog.DuplicateClause.Create(part.KeywordSpan, part.Keyword, "try_catch"));
    }

    public override void VisitCall(CallStatement statement)
    {
        VisitCallParts(statement);
    }

    private void VisitCallParts(CallStatement statement)
    {
        var schema = StatementCatalog.Find(statement.Keyword);
        if (schema is not null)
        {
            CheckHeaderArguments(statement.Keyword, statement.Arguments, statement.Keyword == "api.call");
            CheckSupport(statement);
            CheckCallAttributes(statement, schema);
            CheckBinding(statement, schema);
            CheckLoopControl(statement);
            if (schema.Target == StatementTarget.Variable && statement.Target is ExpressionNode target)
                CheckAssignable(target);
        }
        if (statement.Target is ExpressionNode visited)
            VisitExpression(visited);
        if (statement.Condition is { } condition)
            VisitExpression(condition);
        if (statement.Attributes is { } attributes)
            VisitAttributes(attributes.Attributes);
        if (statement.Binding is { } binding)
            VisitExpression(binding.Variable);
    }

    // A disabled statement (!keyword, disabled = true) never runs, so it needs no support. Test-only statements
    // belong to test runs, whose support is not the task runtime's.
    private void CheckSupport(StatementNode statement)
    {
        if (statement.IsSkipped())
            return;
        var (keyword, span) = (statement.Keyword, statement.KeywordSpan);
        switch (StatementCatalog.Find(keyword)?.Support)
        {
            case StatementSupport.NotSupported:
                Report(DiagnosticCatalog.NotSupported.Create(span, keyword));
                break;
            case StatementSupport.TestOnly when !_inTest:
                Report(DiagnosticCatalog.TestOnly.Create(span, keyword));
                break;
            case StatementSupport.Supported when _supported is { } supported && !supported.Contains(keyword):
                Report(DiagnosticCatalog.NotRunByRuntime.Create(span, keyword));
                break;
        }
    }

    private void CheckCallAttributes(CallStatement statement, StatementSchema schema)
    {
        var attributes = statement.Attributes?.Attributes ?? [];
        CheckAttributeList(schema, attributes);
        if (statement.Attributes?.Incomplete == true)
            return;
        foreach (var required in schema.Attributes.Where(a => a.Required && attributes.All(given => given.Name != a.Name)))
        {
            Report(DiagnosticCatalog.MissingAttribute.Create(statement.KeywordSpan, statement.Keyword, required.Name));
            break;
        }
    }

    private void CheckOwnAttributes(string keyword, IReadOnlyList<AttributeNode> attributes)
    {
        if (StatementCatalog.Find(keyword) is { } schema)
            CheckAttributeList(schema, attributes);
    }

    private void CheckAttributeList(StatementSchema schema, IReadOnlyList<AttributeNode> attributes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var attributeSchema = schema.FindAttribute(attribute.Name);
            if (attributeSchema is null)
            {
                var known = string.Join(", ", schema.Attributes.Select(a => a.Name));
                Report(DiagnosticCatalog.UnknownAttribute.Create(attribute.NameSpan, attribute.Name, schema.Name, known));
                continue;
            }
            if (!seen.Add(attribute.Name) && !attributeSchema.Repeatable)
                Report(DiagnosticCatalog.DuplicateAttribute.Create(attribute.NameSpan, attribute.Name));
            if (attribute.Value is { } value)
                CheckAttributeValue(attributeSchema, value);
        }
    }

    private void CheckAttributeValue(AttributeSchema schema, ExpressionNode value)
    {
        if (!ValueDescriptions.Fits(schema.Type, value))
        {
            Report(DiagnosticCatalog.WrongAttributeType.Create(value.Span, schema.Name, ValueDescriptions.Expected(schema.Type), ValueDescriptions.Describe(value)));
            return;
        }
        if (schema.AllowedValues is { } allowed && value is LiteralExpression { IsText: true, Value: string text } && !allowed.Contains(text))
            Report(DiagnosticCatalog.ValueNotAllowed.Create(value.Span, text, schema.Name, string.Join(", ", allowed)));
    }

    private void CheckBinding(CallStatement statement, StatementSchema schema)
    {
        if (statement.Binding is { } binding)
        {
            if (!schema.ProducesValue)
                Report(DiagnosticCatalog.AsWithoutValue.Create(binding.Span, statement.Keyword, Describe(binding.Variable)));
            else
                CheckAssignable(binding.Variable);
        }
        else if (schema.ProducesValue && !statement.Disabled && _constructKeyword != "addon")
        {
            Report(DiagnosticCatalog.ValueDiscarded.Create(statement.KeywordSpan, statement.Keyword));
        }
    }

    private static string Describe(ExpressionNode variable) =>
        Variables.RootOf(variable) is { } root ? root.Name : "…";

    private void CheckLoopControl(CallStatement statement)
    {
        if (statement.Keyword is "break" or "continue" && _loopDepth == 0)
            Report(DiagnosticCatalog.LoopControlOutsideLoop.Create(statement.KeywordSpan, statement.Keyword));
        else if (statement.Keyword == "foreach.remove" && _foreachDepth == 0)
            Report(DiagnosticCatalog.RemoveOutsideForeach.Create(statement.KeywordSpan));
    }

    private void CheckAssignable(ExpressionNode target)
    {
        if (target is VariableExpression variable && Variables.Reserved.Contains(variable.Name))
            Report(DiagnosticCatalog.ReservedVariable.Create(variable.Span, variable.Name));
    }
}
