using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// The db.* statements (reference §6.5): single records here, queries and bulk operations in the partial files.
/// db.transaction is a block, run by the interpreter through <see cref="IRecordStore.TransactionAsync{T}"/>.
/// Every call to the store counts as one database call of the run.
/// </summary>
internal static partial class DatabaseStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("db.get", GetAsync);
        registry.Add("db.has", HasAsync);
        registry.Add("db.add", AddAsync);
        registry.Add("db.edit", EditAsync);
        registry.Add("db.patch", EditAsync);
        registry.Add("db.add_or_edit", AddOrEditAsync);
        registry.Add("db.del", DeleteAsync);
        registry.Add("db.truncate", TruncateAsync);
        registry.Add("db.query", QueryAsync);
        registry.Add("db.bulk.add", BulkAddAsync);
        registry.Add("db.bulk.update", BulkUpdateAsync);
        registry.Add("db.bulk.patch", BulkUpdateAsync);
        registry.Add("db.bulk.delete", BulkDeleteAsync);
        registry.Add("db.set_datasource", SetDatasource);
        registry.Add("db.schema", SchemaAsync);
    }

    private static async ValueTask<XsValue> GetAsync(StatementCall call)
    {
        NoAddons(call);
        var record = await Store(call).GetAsync(call.TargetName, FieldName(call), call.Attribute("field_value"), call.CancellationToken);
        return record is null ? XsValue.Null : Output(call, record);
    }

    private static async ValueTask<XsValue> HasAsync(StatementCall call) =>
        XsValue.Bool(await Store(call).GetAsync(call.TargetName, FieldName(call), call.Attribute("field_value"), call.CancellationToken) is not null);

    private static async ValueTask<XsValue> AddAsync(StatementCall call)
    {
        NoAddons(call);
        return Output(call, await Store(call).AddAsync(call.TargetName, Data(call), call.CancellationToken));
    }

    // db.edit and db.patch differ only in how data may be written (a literal or any expression).
    private static async ValueTask<XsValue> EditAsync(StatementCall call)
    {
        NoAddons(call);
        var (field, value) = (FieldName(call), call.Attribute("field_value"));
        var record = await Store(call).EditAsync(call.TargetName, field, value, Data(call), call.CancellationToken)
            ?? throw NotFound(call, field, value);
        return Output(call, record);
    }

    private static async ValueTask<XsValue> AddOrEditAsync(StatementCall call)
    {
        NoAddons(call);
        var record = await Store(call).AddOrEditAsync(call.TargetName, FieldName(call), call.Attribute("field_value"), Data(call), call.CancellationToken);
        return Output(call, record);
    }

    // Deleting a record that is not there leaves nothing to do, so it is not an error.
    private static async ValueTask<XsValue> DeleteAsync(StatementCall call)
    {
        await Store(call).DeleteAsync(call.TargetName, FieldName(call), call.Attribute("field_value"), call.CancellationToken);
        return XsValue.Null;
    }

    private static async ValueTask<XsValue> TruncateAsync(StatementCall call)
    {
        await Store(call).TruncateAsync(call.TargetName, call.Flag("reset"), call.CancellationToken);
        return XsValue.Null;
    }

    private static ValueTask<XsValue> SetDatasource(StatementCall call)
    {
        var name = call.Text("value");
        if (name.Length == 0)
            throw call.Error("'value' must name a datasource.");
        call.Run.Records = call.Records.ForDatasource(name);
        call.Run.Datasource = name;
        call.Evaluator.ForgetEnvironment();
        return ValueTask.FromResult(XsValue.Null);
    }

    private static async ValueTask<XsValue> SchemaAsync(StatementCall call)
    {
        var path = call.Has("path") ? call.Text("path") : null;
        return await Store(call).DescribeAsync(call.TargetName, path, call.CancellationToken);
    }

    /// <summary>The run's store, counting the call about to be made.</summary>
    private static IRecordStore Store(StatementCall call)
    {
        var store = call.Records;
        call.Run.DatabaseCalls++;
        return store;
    }

    private static string FieldName(StatementCall call)
    {
        var name = call.Text("field_name");
        return name.Length > 0 ? name : throw call.Error("'field_name' must name a field.");
    }

    private static XsObject Data(StatementCall call)
    {
        var data = call.Attribute("data");
        return data.Kind == ValueKind.Object
            ? data.AsObject
            : throw call.Error($"'data' must be an object of field values, not {ValueConversions.KindName(data)}.");
    }

    private static ScriptErrorException NotFound(StatementCall call, string field, XsValue value) =>
        new(new XsError(XsError.NotFound, $"{call.Keyword}: the table '{call.TargetName}' has no record with {field} = {ValueDisplay.Format(value, 100)}."));

    private static XsValue Output(StatementCall call, XsObject record) =>
        XsValue.Object(OutputFields(call) is { } fields ? RecordFields.Project(record, fields) : record);

    /// <summary>The output attribute's field names; null (every field) when it is missing or empty.</summary>
    private static IReadOnlyList<string>? OutputFields(StatementCall call)
    {
        var output = call.Attribute("output");
        if (output.IsNull || (output.Kind == ValueKind.Array && output.AsArray.Count == 0))
            return null;
        if (output.Kind != ValueKind.Array || output.AsArray.Any(f => f.Kind != ValueKind.Text))
            throw call.Error($"'output' must be a list of field names, not {ValueConversions.KindName(output)}.");
        return [.. output.AsArray.Select(f => f.AsText)];
    }

    // An empty addon list (as exports write it) asks for nothing.
    private static void NoAddons(StatementCall call)
    {
        if (ValueConversions.IsTruthy(call.Attribute("addon")))
            throw call.Error("'addon' is not supported by this server yet.");
    }
}
