using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Workspaces;
using Platform.Engine.Tasks;
using Platform.Engine.Work;

namespace Platform.Data.Tasks;

/// <summary>A workspace's tasks, read and written on behalf of one of its members.</summary>
public sealed class TaskStore(IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<TaskListItem>>> ListAsync(
        Guid userId, int workspaceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FindMembershipAsync(userId, workspaceId, cancellationToken) is null)
            return Problem.NotFound("Workspace");
        var queued = RunState.Queued.Name();
        var skipped = RunState.Skipped.Name();
        // Scalar subqueries (not joins to a row) so SQLite, which has no APPLY, translates them as well.
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.WorkspaceId == workspaceId)
            .OrderBy(t => t.NameKey)
            .Select(t => new TaskListItem(t.Id, t.Name, t.IsActive, t.Tags, t.UpdatedAt)
            {
                PublishedVersion = t.PublishedVersion,
                PublishedActive = db.TaskVersions.Any(v => v.TaskId == t.Id && v.Number == t.PublishedVersion && v.IsActive),
                HasDraftChanges = db.TaskVersions.Any(v =>
                    v.TaskId == t.Id && v.Number == t.PublishedVersion && (v.Script != t.Script || v.SettingsJson != t.SettingsJson)),
                NextRunAt = t.NextOccurrence,
                LastRunState = db.Runs.Where(r => r.TaskId == t.Id && r.State != queued && r.State != skipped)
                    .OrderByDescending(r => r.Id).Select(r => r.State).FirstOrDefault(),
                LastRunAt = db.Runs.Where(r => r.TaskId == t.Id && r.State != queued && r.State != skipped)
                    .OrderByDescending(r => r.Id).Select(r => r.FinishedAt ?? r.StartedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return tasks;
    }

    public async Task<Result<TaskDocument>> GetAsync(
        Guid userId, int workspaceId, int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FindMembershipAsync(userId, workspaceId, cancellationToken) is null)
            return Problem.NotFound("Task");
        var task = await LoadDocumentAsync(db, workspaceId, taskId, cancellationToken);
        return task is null ? Problem.NotFound("Task") : task;
    }

    public async Task<Result<TaskDocument>> CreateAsync(
        Guid userId, int workspaceId, string? name, CancellationToken cancellationToken = default)
    {
        var check = TaskNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "create tasks", cancellationToken) is { } refused)
            return refused;
        return await AddAsync(db, userId, workspaceId, check.Name, TaskScriptTemplate.Create(check.Name, clock.GetUtcNow()), settingsJson: "", cancellationToken);
    }

    /// <summary>
    /// A new, unpublished task whose draft is a copy of another task's saved draft (script and Platform settings),
    /// with the header renamed. Versions and runs stay with the original.
    /// </summary>
    public async Task<Result<TaskDocument>> DuplicateAsync(
        Guid userId, int workspaceId, int taskId, string? name, CancellationToken cancellationToken = default)
    {
        var check = TaskNames.Rule.Check(name);
        if (!check.IsValid)
            return Problem.Invalid(check.Error, "name");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "create tasks", cancellationToken) is { } refused)
            return refused;
        var source = await db.Tasks.AsNoTracking()
            .Where(t => t.Id == taskId && t.WorkspaceId == workspaceId)
            .Select(t => new { t.Script, t.SettingsJson })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
            return Problem.NotFound("Task");
        var script = TaskHeader.Rename(source.Script, check.Name);
        if (script is null)
            return Problem.Invalid("The task's script does not start with a readable `task <name> {` header. Fix its first line, then duplicate it.");
        return await AddAsync(db, userId, workspaceId, check.Name, script, source.SettingsJson, cancellationToken);
    }

    private async Task<Result<TaskDocument>> AddAsync(
        PlatformDbContext db, Guid userId, int workspaceId, string name, string script, string settingsJson, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var task = new TaskDefinition
        {
            WorkspaceId = workspaceId,
            Name = name,
            Script = script,
            CreatedAt = now.UtcDateTime,
            CreatedById = userId,
            UpdatedAt = now.UtcDateTime,
            UpdatedById = userId,
            SettingsJson = settingsJson,
        };
        ApplyFacts(task);
        db.Tasks.Add(task);
        if (await IsNameTakenAsync(db, workspaceId, name, exceptTaskId: null, cancellationToken)
            || !await TrySaveUniqueNameAsync(db, cancellationToken))
            return DuplicateName(name);
        return (await LoadDocumentAsync(db, workspaceId, task.Id, cancellationToken))!;
    }

    /// <summary>
    /// Saves the draft script. The script is the source of truth, so a changed <c>task &lt;name&gt;</c>
    /// header renames the task (refused, with the script left unsaved, when the new name is invalid or taken).
    /// </summary>
    public Task<Result<TaskDocument>> SaveScriptAsync(
        Guid userId, int workspaceId, int taskId, string script, Guid expectedStamp, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(userId, workspaceId, taskId, script, null, expectedStamp, cancellationToken);

    /// <summary>
    /// Puts a published version's script and settings back into the draft (the versions themselves never change).
    /// Like a save, a header naming another task renames this one, and someone else's save in between is refused.
    /// </summary>
    public async Task<Result<TaskDocument>> RestoreVersionAsync(
        Guid userId, int workspaceId, int taskId, int number, Guid expectedStamp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CanSeeTaskAsync(userId, workspaceId, taskId, cancellationToken))
            return Problem.NotFound("Task");
        var version = await db.TaskVersions.AsNoTracking()
            .Where(v => v.TaskId == taskId && v.Number == number)
            .Select(v => new { v.Script, v.SettingsJson })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
            return Problem.NotFound($"Version {number}");
        return await SaveDraftAsync(userId, workspaceId, taskId, version.Script, version.SettingsJson, expectedStamp, cancellationToken);
    }

    /// <summary>Saves the draft's script and, when given, its settings, in one write.</summary>
    private async Task<Result<TaskDocument>> SaveDraftAsync(
        Guid userId, int workspaceId, int taskId, string script, string? settingsJson, Guid expectedStamp, CancellationToken cancellationToken)
    {
        if (script.Length > TaskScriptLimits.MaxLength)
            return Problem.Invalid($"The script is too long: {script.Length:N0} characters (at most {TaskScriptLimits.MaxLength:N0}).", "script");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "edit tasks", cancellationToken) is { } refused)
            return refused;
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId && t.WorkspaceId == workspaceId, cancellationToken);
        if (task is null)
            return Problem.NotFound("Task");
        if (task.ConcurrencyStamp != expectedStamp)
            return ChangedElsewhere();

        if (TaskHeader.Find(script)?.Name is { } headerName && headerName != task.Name)
        {
            var check = TaskNames.Rule.Check(headerName);
            if (!check.IsValid)
                return Problem.Invalid(check.Error, "name");
            if (await IsNameTakenAsync(db, workspaceId, check.Name, task.Id, cancellationToken))
                return DuplicateName(check.Name);
            task.Name = check.Name;
        }
        task.Script = script;
        if (settingsJson is not null)
            task.SettingsJson = settingsJson;
        ApplyFacts(task);
        task.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        task.UpdatedById = userId;
        task.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            if (!await TrySaveUniqueNameAsync(db, cancellationToken))
                return DuplicateName(task.Name);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedElsewhere();
        }
        return (await LoadDocumentAsync(db, workspaceId, task.Id, cancellationToken))!;
    }

    /// <summary>
    /// Saves the draft's Platform settings (the JSON beside the script). A document with errors is kept as a draft;
    /// publishing refuses it until it reads cleanly.
    /// </summary>
    public async Task<Result<TaskDocument>> SaveSettingsAsync(
        Guid userId, int workspaceId, int taskId, string settingsJson, Guid expectedStamp, CancellationToken cancellationToken = default)
    {
        if (settingsJson.Length > MaxSettingsLength)
            return Problem.Invalid($"The settings are too long: {settingsJson.Length:N0} characters (at most {MaxSettingsLength:N0}).", "settings");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "edit tasks", cancellationToken) is { } refused)
            return refused;
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId && t.WorkspaceId == workspaceId, cancellationToken);
        if (task is null)
            return Problem.NotFound("Task");
        if (task.ConcurrencyStamp != expectedStamp)
            return ChangedElsewhere();
        task.SettingsJson = settingsJson;
        task.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        task.UpdatedById = userId;
        task.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedElsewhere();
        }
        return (await LoadDocumentAsync(db, workspaceId, task.Id, cancellationToken))!;
    }

    public const int MaxSettingsLength = 100_000;

    public async Task<Result<Done>> DeleteAsync(Guid userId, int workspaceId, int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "delete tasks", cancellationToken) is { } refused)
            return refused;
        var deleted = await db.Tasks.Where(t => t.Id == taskId && t.WorkspaceId == workspaceId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problem.NotFound("Task") : new Done();
    }

    /// <summary>Fills the columns derived from the script (the script stays the source of truth).</summary>
    private static void ApplyFacts(TaskDefinition task)
    {
        var facts = TaskFacts.Read(task.Script);
        task.Description = Truncate(facts.Description, TaskDefinitionConfiguration.DescriptionMaxLength);
        task.IsActive = facts.IsActive;
        task.DatasourceName = Truncate(facts.Datasource, DatasourceConfiguration.NameMaxLength);
        task.Tags = [.. facts.Tags];
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];


    private static Task<bool> IsNameTakenAsync(
        PlatformDbContext db, int workspaceId, string name, int? exceptTaskId, CancellationToken cancellationToken)
    {
        var key = TaskDefinition.KeyOf(name);
        return db.Tasks.AnyAsync(t => t.WorkspaceId == workspaceId && t.NameKey == key && t.Id != exceptTaskId, cancellationToken);
    }

    /// <summary>Saves; false when the unique name index refused it (another save won the race since we checked).</summary>
    private static async Task<bool> TrySaveUniqueNameAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    private static Task<TaskDocument?> LoadDocumentAsync(
        PlatformDbContext db, int workspaceId, int taskId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking()
            .Where(t => t.Id == taskId && t.WorkspaceId == workspaceId)
            .Select(t => new TaskDocument(
                t.Id, t.WorkspaceId, t.Name, t.Script, t.Description, t.IsActive, t.DatasourceName, t.Tags, t.UpdatedAt,
                db.Users.Where(u => u.Id == t.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
                t.ConcurrencyStamp,
                t.SettingsJson,
                t.PublishedVersion))
            .SingleOrDefaultAsync(cancellationToken);

    private static Problem DuplicateName(string name) =>
        Problem.Conflict($"A task named '{name}' already exists in this workspace. Choose another name.", "name");

    /// <summary>A write based on a draft that was saved elsewhere since it was read.</summary>
    internal static Problem ChangedElsewhere() =>
        Problem.Conflict("This task was changed elsewhere since you opened it. Copy your changes, reload the task, and apply them again.");
}
