using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Workspaces;
using Platform.Data.Model;
using Platform.Data.Results;

namespace Platform.Data.Tables;

public sealed partial class TableStore
{
    /// <summary>
    /// What changing a field's type would do to the records of every datasource, without changing anything: how many
    /// values convert, how many would be lost, and up to <see cref="MaxExamples"/> of the lost ones.
    /// </summary>
    public async Task<Result<TypeChangePlan>> PlanChangeAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, FieldTypeChange change, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "change table schemas", ct) is { } refused)
            return refused;
        var table = await db.Tables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tableId && t.WorkspaceId == workspaceId, ct);
        if (table is null)
            return Problem.NotFound("Table");
        if (FindField(table, fieldName) is not { } field)
            return NoSuchField(table, fieldName);
        var target = await CheckTargetAsync(db, table, field, change, ct);
        if (!target.Succeeded)
            return target.Problem;
        var counts = await ConvertValuesAsync(db, table, field, target.Value.Shape, write: false, ct);
        return new TypeChangePlan(field.Name, FieldShape.Of(field).TypeName, target.Value.Shape.TypeName, counts.Converted, counts.Lost, counts.Examples);
    }

    /// <summary>
    /// Changes a field's type and converts its value in every record, in batches, in one transaction. Values that
    /// cannot convert become null, which is done only when <paramref name="confirmed"/>; otherwise nothing changes
    /// and the refusal says how many records would lose their value.
    /// </summary>
    public async Task<Result<TableDocument>> ChangeTypeAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, FieldTypeChange change, bool confirmed, Guid expectedStamp,
        CancellationToken ct = default) =>
        await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", async schema =>
        {
            var table = schema.Table;
            if (FindField(table, fieldName) is not { } field)
                return NoSuchField(table, fieldName);
            var target = await CheckTargetAsync(schema.Db, table, field, change, ct);
            if (!target.Succeeded)
                return target.Problem;
            var counts = await ConvertValuesAsync(schema.Db, table, field, target.Value.Shape, write: true, ct);
            var from = FieldShape.Of(field).TypeName;
            if (counts.Lost > 0 && !confirmed)
                return Problem.Conflict(
                    $"Changing {FieldRules.Of(table, field.Name)} from {from} to {target.Value.Shape.TypeName} would lose the value of {RecordWording.Records(counts.Lost)} (for example {counts.Examples[0].ValueJson}). Confirm to set the values that cannot convert to null.",
                    "confirmed");
            if (field.IsUnique && await schema.Records.CountDuplicatesAsync(field.Name, ct) is > 0 and var duplicates)
                return Problem.Conflict(
                    $"Changing {FieldRules.Of(table, field.Name)} to {target.Value.Shape.TypeName} would leave {RecordWording.Records(duplicates)} sharing a value, but the field is unique.",
                    "type");
            field.Type = change.Type;
            field.IsList = change.IsList;
            field.EnumValues = [.. target.Value.Shape.EnumValues];
            field.ReferenceTableId = target.Value.ReferenceTableId;
            field.DefaultJson = target.Value.DefaultJson;
            schema.AffectsIndexes = field.IsIndexed || field.IsUnique;
            return null;
        }, ct);

    /// <summary>How many records hold a value for the field (they lose it when it is dropped).</summary>
    public async Task<Result<DropFieldPlan>> PlanDropFieldAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RequireEditorAsync(userId, workspaceId, "change table schemas", ct) is { } refused)
            return refused;
        var table = await db.Tables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tableId && t.WorkspaceId == workspaceId, ct);
        if (table is null)
            return Problem.NotFound("Table");
        if (FindField(table, fieldName) is not { } field)
            return NoSuchField(table, fieldName);
        return new DropFieldPlan(field.Name, await new RecordMigrations(db, tableId).CountWithValueAsync(field.Name, ct));
    }

    /// <summary>Drops a field and its value from every record; when records hold a value, only if <paramref name="confirmed"/>.</summary>
    public async Task<Result<TableDocument>> DropFieldAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, bool confirmed, Guid expectedStamp, CancellationToken ct = default) =>
        await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", async change =>
        {
            var table = change.Table;
            if (FindField(table, fieldName) is not { } field)
                return NoSuchField(table, fieldName);
            var holders = await change.Records.CountWithValueAsync(field.Name, ct);
            if (holders > 0 && !confirmed)
                return Problem.Conflict(
                    $"Dropping {FieldRules.Of(table, field.Name)} would delete its value in {RecordWording.Records(holders)}. Confirm to drop it.", "confirmed");
            await change.Records.RemoveAsync(field.Name, ct);
            table.Fields.Remove(field);
            change.Db.TableFields.Remove(field);
            var position = 0;
            foreach (var remaining in table.Fields.OrderBy(f => f.Position))
                remaining.Position = position++;
            change.AffectsIndexes = field.IsIndexed || field.IsUnique;
            return null;
        }, ct);

    public const int MaxExamples = 5;

    /// <summary>How many records a type change reads and writes at a time.</summary>
    public const int ConversionBatchSize = RecordMigrations.BatchSize;

    private sealed record ConversionTarget(FieldShape Shape, int? ReferenceTableId, string? DefaultJson);

    private sealed record ConversionCounts(long Converted, long Lost, IReadOnlyList<LostValue> Examples);

    /// <summary>The new shape, checked: enum values, the referenced table, and the current default converted to it.</summary>
    private static async Task<Result<ConversionTarget>> CheckTargetAsync(
        PlatformDbContext db, WorkspaceTable table, TableField field, FieldTypeChange change, CancellationToken ct)
    {
        var enumValues = FieldRules.CheckEnumValues(table, field.Name, change.Type, change.EnumValues);
        if (!enumValues.Succeeded)
            return enumValues.Problem;
        var reference = await FieldRules.CheckReferenceAsync(db, table, field.Name, change.Type, change.ReferenceTableId, ct);
        if (!reference.Succeeded)
            return reference.Problem;
        var from = FieldShape.Of(field);
        var to = new FieldShape(change.Type, change.IsList, enumValues.Value);
        if (from.SameAs(to) && field.ReferenceTableId == reference.Value)
            return Problem.Invalid($"{FieldRules.Subject(table, field.Name)} is already {to.TypeName}.", "type");
        var defaultJson = ConvertDefault(field.DefaultJson, from, to);
        if (field.DefaultJson is { } current && defaultJson is null)
            return Problem.Invalid(
                $"The default of {FieldRules.Of(table, field.Name)} ({current}) cannot become {to.TypeName}. Change or clear the default first.",
                "defaultJson");
        return new ConversionTarget(to, reference.Value, defaultJson);
    }

    /// <summary>The default in the new shape: "now" stays for a timestamp; null when there is none or it cannot convert.</summary>
    private static string? ConvertDefault(string? defaultJson, FieldShape from, FieldShape to)
    {
        if (defaultJson is null)
            return null;
        if (defaultJson == FieldRules.NowDefault)
            return to is { Type: FieldType.Timestamp, IsList: false } ? defaultJson : null;
        using var value = JsonDocument.Parse(defaultJson);
        return FieldConversion.Convert(value.RootElement, from, to);
    }

    /// <summary>
    /// Converts the field's values datasource by datasource, a batch of records at a time (never the whole table in
    /// memory); with <paramref name="write"/> the converted values are written back, lost ones as null.
    /// </summary>
    private static async Task<ConversionCounts> ConvertValuesAsync(
        PlatformDbContext db, WorkspaceTable table, TableField field, FieldShape to, bool write, CancellationToken ct)
    {
        var records = new RecordMigrations(db, table.Id);
        var from = FieldShape.Of(field);
        var datasources = await db.Datasources.AsNoTracking().Where(d => d.WorkspaceId == table.WorkspaceId)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        long converted = 0, lost = 0;
        var examples = new List<LostValue>();
        foreach (var datasource in datasources)
        {
            var batch = await records.ReadValuesAsync(field.Name, datasource.Id, afterId: 0, ct);
            while (batch.Count > 0)
            {
                var changes = new Dictionary<long, string>();
                foreach (var (id, json) in batch)
                {
                    using var value = JsonDocument.Parse(json);
                    if (FieldConversion.Convert(value.RootElement, from, to) is { } result)
                    {
                        converted++;
                        if (!FieldConversion.IsSame(value.RootElement, result))
                            changes[id] = result;
                        continue;
                    }
                    lost++;
                    changes[id] = "null";
                    if (examples.Count < MaxExamples)
                        examples.Add(new LostValue(datasource.Name, id, FieldRules.Describe(value.RootElement)));
                }
                if (write && changes.Count > 0)
                    await records.WriteValuesAsync(field.Name, datasource.Id, changes, ct);
                batch = batch.Count < RecordMigrations.BatchSize ? [] : await records.ReadValuesAsync(field.Name, datasource.Id, batch[^1].Id, ct);
            }
        }
        return new ConversionCounts(converted, lost, examples);
    }
}
