using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

// db.bulk.* (reference §6.5, §13.4): items for add, update and patch; a where condition for delete.
internal static partial class DatabaseStatements
{
    /// <summary>Inserts every item and yields the created records.</summary>
    private static async ValueTask<XsValue> BulkAddAsync(StatementCall call)
    {
        var created = await Store(call).BulkAddAsync(call.TargetName, Items(call), call.Flag("allow_id_field"), call.CancellationToken);
        return XsValue.Array(XsArray.Create(created.Select(XsValue.Object)));
    }

    // update and patch both change the fields each item names (like db.edit and db.patch) and yield how many records changed.
    private static async ValueTask<XsValue> BulkUpdateAsync(StatementCall call)
    {
        var items = Items(call);
        if (items.FindIndex(item => item.Get("id").IsNull) is var missing and >= 0)
            throw call.Error($"item {missing} has no id; every item names the record it changes by its id.");
        return XsValue.Int(await Store(call).BulkUpdateAsync(call.TargetName, items, call.CancellationToken));
    }

    /// <summary>Deletes the records meeting the condition and yields how many there were. Without a condition it refuses.</summary>
    private static async ValueTask<XsValue> BulkDeleteAsync(StatementCall call)
    {
        var where = call.Expression("where")
            ?? throw call.Error("it needs a 'where' condition; db.truncate deletes every record.");
        var condition = new QueryTranslator(call.Evaluator).Translate(where);
        return XsValue.Int(await Store(call).BulkDeleteAsync(call.TargetName, condition, call.CancellationToken));
    }

    private static List<XsObject> Items(StatementCall call)
    {
        var items = call.Attribute("items");
        if (items.Kind != ValueKind.Array)
            throw call.Error($"'items' must be a list of records, not {ValueConversions.KindName(items)}.");
        if (items.AsArray.ToList().FindIndex(item => item.Kind != ValueKind.Object) is var wrong and >= 0)
            throw call.Error($"item {wrong} of 'items' must be an object, not {ValueConversions.KindName(items.AsArray[wrong])}.");
        return [.. items.AsArray.Select(item => item.AsObject)];
    }
}
