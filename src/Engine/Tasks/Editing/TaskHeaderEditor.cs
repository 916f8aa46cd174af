using Platform.Engine.Language;

namespace Platform.Engine.Tasks.Editing;

/// <summary>
/// The outcome of a form edit: the new script and the changes that make it (for an editor to apply in place), or
/// the problems that refused it (never both). An edit that changes nothing succeeds with no changes.
/// </summary>
public sealed record TaskHeaderEdit(string? Script, IReadOnlyList<TextChange> Changes, IReadOnlyList<FieldProblem> Problems)
{
    public bool Succeeded => Script is not null;

    internal static TaskHeaderEdit Refused(IReadOnlyList<FieldProblem> problems) => new(null, [], problems);
}

/// <summary>
/// Writes form values into a task's script through its syntax tree: only the header clauses whose value changed
/// are rewritten (printed by the formatter), everything else — the stack, other clauses, comments, spacing — stays
/// byte for byte. A script with syntax errors, a clause written with more than plain values, and an invalid form
/// value are refused with a message saying which and why; the script is never made worse.
/// </summary>
public static class TaskHeaderEditor
{
    public const string ScriptField = "script";

    public static TaskHeaderEdit Apply(string script, TaskHeaderValues desired)
    {
        var parse = XanoScriptParser.Parse(script);
        var reading = TaskHeaderReader.Read(parse);
        if (reading.Values is not { } current)
            return TaskHeaderEdit.Refused([new(ScriptField, $"{reading.Problem} Fix it in the editor first: the form changes nothing while the script cannot be read.")]);
        var invalid = TaskHeaderValidator.Validate(desired);
        if (invalid.Count > 0)
            return TaskHeaderEdit.Refused(invalid);
        var changed = TaskClauses.All.Where(clause => !current.SameClause(clause, desired)).ToList();
        var locked = changed.Where(reading.Locked.Contains)
            .Select(clause => new FieldProblem(clause, $"The script writes '{clause}' with more than plain values; change it in the editor."))
            .ToList();
        if (locked.Count > 0)
            return TaskHeaderEdit.Refused(locked);
        var task = parse.Document.Construct!;
        var splicer = new ClauseSplicer(script, task);
        foreach (var clause in changed)
        {
            var old = task.FindClause(clause);
            splicer.Rewrite(clause, old, HeaderClauseValues.Build(clause, desired, old));
        }
        var changes = splicer.Changes();
        return new TaskHeaderEdit(ClauseSplicer.Apply(script, changes), changes, []);
    }
}
