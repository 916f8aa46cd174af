using Platform.Engine.Language.Syntax;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// db.query's <c>join = {alias: {table: "t", type: "inner"|"left", where: …}}</c> and <c>eval = {name: $db.alias.field}</c>
/// (reference §9). Both hold $db columns, so they are read from the syntax, not evaluated. A right join is refused:
/// it would return rows without a base record, which a db.query's records cannot represent.
/// </summary>
internal static class QueryJoins
{
    public static IReadOnlyList<QueryJoin> Read(StatementCall call)
    {
        if (!call.Has("join"))
            return [];
        if (call.Expression("join") is not ObjectExpression joins)
            throw call.Error("'join' must be an object such as {account: {table: \"account\", type: \"inner\", where: $db.account.id == $db.user.account_id}}.");
        var translator = new QueryTranslator(call.Evaluator);
        var result = new List<QueryJoin>();
        foreach (var entry in joins.Entries.Where(e => !e.Disabled))
        {
            var alias = entry.Key.Name;
            if (result.Any(j => j.Alias == alias) || alias == call.TargetName)
                throw call.Error($"the join alias '{alias}' is used twice; each join needs its own alias, different from the table '{call.TargetName}'.");
            if (entry.Value is not ObjectExpression spec)
                throw call.Error($"the join '{alias}' must be an object such as {{table: \"{alias}\", type: \"inner\", where: …}}.");
            var table = spec.Find("table") is { } named ? ValueConversions.ToText(call.Evaluator.Evaluate(named.Value)) : "";
            if (table.Length == 0)
                throw call.Error($"the join '{alias}' needs the table to join: table: \"name\".");
            var type = spec.Find("type") is { } typed ? ValueConversions.ToText(call.Evaluator.Evaluate(typed.Value)).ToLowerInvariant() : "inner";
            var joinType = type switch
            {
                "inner" or "" => JoinType.Inner,
                "left" => JoinType.Left,
                "right" => throw call.Error($"the join '{alias}' is a right join, which this server does not support; write the query from the table '{table}' with a left join instead."),
                _ => throw call.Error($"the join '{alias}' has the type \"{type}\"; a join type is \"inner\" or \"left\"."),
            };
            if (spec.Find("where") is not { } on)
                throw call.Error($"the join '{alias}' needs a condition: where: $db.{alias}.field == $db.{call.TargetName}.field.");
            var condition = translator.Translate(on.Value);
            if (Columns(condition).FirstOrDefault(c => c.Table != alias && c.Table != call.TargetName && result.All(j => j.Alias != c.Table)) is { } unknown)
                throw call.Error($"the where of the join '{alias}' names $db.{unknown.Table}.{unknown.Field}; it may name only $db.{alias}, $db.{call.TargetName} and the joins written before it.");
            result.Add(new QueryJoin(alias, table, joinType, condition));
        }
        return result;
    }

    private static IEnumerable<ColumnOperand> Columns(QueryCondition condition) => condition switch
    {
        AllCondition all => all.Conditions.SelectMany(Columns),
        AnyCondition any => any.Conditions.SelectMany(Columns),
        NotCondition not => Columns(not.Condition),
        ComparisonCondition comparison => new[] { comparison.Left, comparison.Right }.OfType<ColumnOperand>(),
        BetweenCondition between => new[] { between.Value, between.Low, between.High }.OfType<ColumnOperand>(),
        TruthCondition truth => new[] { truth.Operand }.OfType<ColumnOperand>(),
        _ => [],
    };

    public static IReadOnlyList<EvalColumn> ReadEval(StatementCall call)
    {
        if (!call.Has("eval"))
            return [];
        if (call.Expression("eval") is not ObjectExpression eval)
            throw call.Error("'eval' must be an object such as {account_name: $db.account.name}.");
        var translator = new QueryTranslator(call.Evaluator);
        return [.. eval.Entries.Where(e => !e.Disabled).Select(e => new EvalColumn(e.Key.Name, translator.Operand(e.Value)))];
    }
}
