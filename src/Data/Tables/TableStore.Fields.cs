using System.Globalization;
using Platform.Data.Results;

namespace Platform.Data.Tables;

public sealed partial class TableStore
{
    /// <summary>
    /// Adds a field at the end. Records that exist get its default; a required field without a default cannot be
    /// added to a table that has records (they would have no value).
    /// </summary>
    public async Task<Result<TableDocument>> AddFieldAsync(
        Guid userId, int workspaceId, int tableId, FieldSpec spec, Guid expectedStamp, CancellationToken ct = default)
    {
        var check = TableNames.CheckField(spec.Name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        var name = check.Name;
        return await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", async change =>
        {
            var table = change.Table;
            if (FindField(table, name, ignoreCase: true) is { } existing)
                return Problem.Conflict($"The table '{table.Name}' already has a field named '{existing.Name}'. Choose another name.", "name");
            var enumValues = FieldRules.CheckEnumValues(table, name, spec.Type, spec.EnumValues);
            if (!enumValues.Succeeded)
                return enumValues.Problem;
            var reference = await FieldRules.CheckReferenceAsync(change.Db, table, name, spec.Type, spec.ReferenceTableId, ct);
            if (!reference.Succeeded)
                return reference.Problem;
            var shape = new FieldShape(spec.Type, spec.IsList, enumValues.Value);
            var defaultJson = FieldRules.CheckDefault(table, name, shape, spec.DefaultJson);
            if (!defaultJson.Succeeded)
                return defaultJson.Problem;
            if (CheckDescription(spec.Description) is { } tooLong)
                return tooLong;

            var records = await change.Records.CountAsync(ct);
            if (records > 0 && spec.IsRequired && defaultJson.Value is null)
                return Problem.Invalid(
                    $"{FieldRules.Subject(table, name)} cannot be required without a default: the table already has {Records(records)}, which would have no value. Give it a default, or add it as optional.",
                    "isRequired");
            if (records > 1 && spec.IsUnique && defaultJson.Value is not null)
                return Problem.Invalid(
                    $"{FieldRules.Subject(table, name)} cannot be unique with a default: the table's {Records(records)} would all get the same value.",
                    "isUnique");

            table.Fields.Add(new TableField
            {
                Name = name,
                Type = spec.Type,
                IsList = spec.IsList,
                IsNullable = spec.IsNullable,
                IsRequired = spec.IsRequired,
                DefaultJson = defaultJson.Value,
                IsUnique = spec.IsUnique,
                IsIndexed = spec.IsIndexed,
                EnumValues = enumValues.Value,
                ReferenceTableId = reference.Value,
                Position = table.Fields.Count == 0 ? 0 : table.Fields.Max(f => f.Position) + 1,
                Description = Blank(spec.Description),
            });
            if (records > 0 && defaultJson.Value is { } fill)
                await change.Records.FillAsync(name, ResolveDefault(fill), ct);
            change.AffectsIndexes = spec.IsIndexed || spec.IsUnique;
            return null;
        }, ct);
    }

    /// <summary>Renames a field and the key holding its value in every record of every datasource.</summary>
    public async Task<Result<TableDocument>> RenameFieldAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, string? newName, Guid expectedStamp, CancellationToken ct = default)
    {
        var check = TableNames.CheckField(newName);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        var name = check.Name;
        return await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", async change =>
        {
            var table = change.Table;
            if (FindField(table, fieldName) is not { } field)
                return NoSuchField(table, fieldName);
            if (field.Name == name)
                return null;
            if (FindField(table, name, ignoreCase: true) is { } existing && existing != field)
                return Problem.Conflict($"The table '{table.Name}' already has a field named '{existing.Name}'. Choose another name.", "name");
            await change.Records.RenameAsync(field.Name, name, ct);
            field.Name = name;
            change.AffectsIndexes = field.IsIndexed || field.IsUnique;
            return null;
        }, ct);
    }

    /// <summary>
    /// Changes the rules of a field whose values stay as they are. Making it required or unique is refused while
    /// records break the rule (with how many); an enum may lose values only when no record holds them.
    /// </summary>
    public async Task<Result<TableDocument>> ChangeFieldOptionsAsync(
        Guid userId, int workspaceId, int tableId, string fieldName, FieldOptions options, Guid expectedStamp, CancellationToken ct = default)
    {
        if (CheckDescription(options.Description) is { } tooLong)
            return tooLong;
        return await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", async change =>
        {
            var table = change.Table;
            if (FindField(table, fieldName) is not { } field)
                return NoSuchField(table, fieldName);
            var enumValues = FieldRules.CheckEnumValues(table, field.Name, field.Type, options.EnumValues ?? field.EnumValues);
            if (!enumValues.Succeeded)
                return enumValues.Problem;
            var defaultJson = FieldRules.CheckDefault(table, field.Name, new FieldShape(field.Type, field.IsList, enumValues.Value), options.DefaultJson);
            if (!defaultJson.Succeeded)
                return defaultJson.Problem;
            if (await CheckExistingRecordsAsync(change, field, options, enumValues.Value, ct) is { } broken)
                return broken;

            change.AffectsIndexes = field.IsIndexed != options.IsIndexed || field.IsUnique != options.IsUnique;
            field.IsNullable = options.IsNullable;
            field.IsRequired = options.IsRequired;
            field.IsUnique = options.IsUnique;
            field.IsIndexed = options.IsIndexed;
            field.DefaultJson = defaultJson.Value;
            field.EnumValues = enumValues.Value;
            field.Description = Blank(options.Description);
            return null;
        }, ct);
    }

    /// <summary>Puts the fields in the given order, which must name each of them once.</summary>
    public async Task<Result<TableDocument>> ReorderFieldsAsync(
        Guid userId, int workspaceId, int tableId, IReadOnlyList<string> fieldNames, Guid expectedStamp, CancellationToken ct = default) =>
        await ChangeAsync(userId, workspaceId, tableId, expectedStamp, "change table schemas", change =>
        {
            var table = change.Table;
            var problem = CheckOrder(table, fieldNames);
            if (problem is null)
            {
                for (var position = 0; position < fieldNames.Count; position++)
                    FindField(table, fieldNames[position])!.Position = position;
            }
            return Task.FromResult(problem);
        }, ct);

    private static async Task<Problem?> CheckExistingRecordsAsync(
        SchemaChange change, TableField field, FieldOptions options, List<string> enumValues, CancellationToken ct)
    {
        var subject = FieldRules.Subject(change.Table, field.Name);
        if (options.IsRequired && !field.IsRequired && await change.Records.CountWithoutValueAsync(field.Name, ct) is > 0 and var missing)
            return Problem.Conflict($"{subject} cannot be made required: {Records(missing)} have no value for it. Give them one first.", "isRequired");
        if (options.IsUnique && !field.IsUnique && await change.Records.CountDuplicatesAsync(field.Name, ct) is > 0 and var duplicates)
            return Problem.Conflict(
                $"{subject} cannot be made unique: {Records(duplicates)} share their value with another record of the same datasource. Make the values distinct first.",
                "isUnique");
        var removed = field.EnumValues.Except(enumValues, StringComparer.Ordinal).ToList();
        if (removed.Count > 0 && await change.Records.CountOutsideAsync(field.Name, enumValues, ct) is > 0 and var outside)
            return Problem.Conflict(
                $"{subject} cannot drop the values {string.Join(", ", removed.Select(v => $"'{v}'"))}: {Records(outside)} hold a value no longer listed. Change the field's type to enum with the new values to convert them.",
                "enumValues");
        return null;
    }

    private static Problem? CheckOrder(WorkspaceTable table, IReadOnlyList<string> fieldNames)
    {
        var twice = fieldNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            return Problem.Invalid($"The new order of table '{table.Name}' names the field '{twice.Key}' twice.", "fields");
        var unknown = fieldNames.FirstOrDefault(n => FindField(table, n) is null);
        if (unknown is not null)
            return Problem.Invalid($"The new order names '{unknown}', which is not a field of table '{table.Name}'.", "fields");
        var missing = table.Fields.OrderBy(f => f.Position).FirstOrDefault(f => !fieldNames.Contains(f.Name, StringComparer.Ordinal));
        return missing is null
            ? null
            : Problem.Invalid($"The new order of table '{table.Name}' leaves out the field '{missing.Name}'; name every field once.", "fields");
    }

    private static TableField? FindField(WorkspaceTable table, string name, bool ignoreCase = false) =>
        table.Fields.FirstOrDefault(f => string.Equals(f.Name, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private static Problem NoSuchField(WorkspaceTable table, string field) =>
        new(ProblemKind.NotFound, $"The table '{table.Name}' has no field '{field}'. It may have been renamed or dropped.", "field");

    /// <summary>A default as records get it: "now" is the current time in epoch milliseconds.</summary>
    private string ResolveDefault(string defaultJson) =>
        defaultJson == FieldRules.NowDefault
            ? clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
            : defaultJson;
}
