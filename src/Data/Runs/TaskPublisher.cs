using Microsoft.EntityFrameworkCore;
using Platform.Data.Model;
using Platform.Data.Results;
using Platform.Data.Tables;
using Platform.Data.Tasks;
using Platform.Data.Workspaces;
using Platform.Engine.Language;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Scheduling;
using Platform.Engine.Tasks;
using Platform.Engine.Work;

namespace Platform.Data.Runs;

/// <summary>A version as the task page lists it.</summary>
public sealed record TaskVersionSummary(int Number, bool IsActive, string? Note, string? Author, DateTime CreatedAt);

/// <summary>A version in full: what the engine runs when it is the published one.</summary>
public sealed record TaskVersionDocument(TaskVersionSummary Summary, string Script, string SettingsJson);

/// <summary>What publishing did: the new version, and when the task runs next (null: inactive or no schedule).</summary>
public sealed record PublishedVersion(int Number, DateTime CreatedAt, DateTimeOffset? NextOccurrence);

/// <summary>
/// Publishing: freezes a task's draft (script and settings) as its next immutable version, which the engine runs
/// from its first occurrence after now. Refused while the script or the settings have errors. The scheduler sees
/// the change at its next tick: its plans are stored only for the version they were made from.
/// </summary>
public sealed class TaskPublisher(IDbContextFactory<PlatformDbContext> contexts, WorkspaceSchemaLoader schemas, TimeProvider clock)
{
    /// <summary>
    /// Publishes the saved draft. With <paramref name="expectedStamp"/> (the draft the caller shows), a draft saved
    /// elsewhere since is refused rather than frozen unseen.
    /// </summary>
    public async Task<Result<PublishedVersion>> PublishAsync(
        Guid userId, int workspaceId, int taskId, string? note, Guid? expectedStamp = null, CancellationToken cancellationToken = default)
    {
        if (note is { Length: > TaskVersionConfiguration.NoteMaxLength })
            return Problem.Invalid($"The note is too long: {note.Length:N0} characters (at most {TaskVersionConfiguration.NoteMaxLength:N0}).", "note");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.RequireEditorAsync(userId, workspaceId, "publish tasks", cancellationToken) is { } refused)
            return refused;
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId && t.WorkspaceId == workspaceId, cancellationToken);
        if (task is null)
            return Problem.NotFound("Task");
        if (expectedStamp is { } stamp && stamp != task.ConcurrencyStamp)
            return TaskStore.ChangedElsewhere();
        var parse = XanoScriptParser.Parse(task.Script);
        if (await DraftChecks.FirstScriptErrorAsync(schemas, parse, workspaceId, "it cannot be published", cancellationToken) is { } scriptError)
            return scriptError;
        var settings = TaskSettingsJson.Parse(task.SettingsJson);
        if (settings.Settings is null)
            return DraftChecks.SettingsError(settings.Errors[0], "the task cannot be published");

        var now = clock.GetUtcNow();
        var facts = TaskFacts.Read(parse.Document);
        var schedule = TaskScheduleDefinition.From(facts.Schedule, settings.Settings);
        var number = (await db.TaskVersions.Where(v => v.TaskId == taskId && v.Number > 0).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        var version = new TaskVersion
        {
            TaskId = taskId,
            Number = number,
            Script = task.Script,
            SettingsJson = task.SettingsJson,
            IsActive = facts.IsActive,
            DatasourceName = task.DatasourceName,
            Description = task.Description,
            Tags = [.. task.Tags],
            AuthorId = userId,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedAt = now.UtcDateTime,
        };
        var next = facts.IsActive ? OccurrencePlanner.FirstOccurrence(schedule, now) : null;
        db.TaskVersions.Add(version);
        task.PublishedVersion = number;
        task.NextOccurrence = next is { } at ? Instants.ToStored(at) : null;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await WithdrawPlannedAheadAsync(db, taskId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException clash) when (DbErrors.IsUniqueViolation(clash))
        {
            return Problem.Conflict("Someone else published this task at the same moment. Reload it and publish again if needed.");
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict("This task was changed elsewhere while it was being published. Reload it and publish again.");
        }
        return new PublishedVersion(number, version.CreatedAt, next);
    }

    /// <summary>
    /// Removes the task's scheduled runs that were queued ahead of their instant and are not yet due, so the new
    /// version (or the deactivation) governs those occurrences too; the scheduler plans them again from the new
    /// version. Runs after the task row is updated: a scheduler storing a plan for this task either finished before
    /// (its run is removed here) or waits for this transaction and then finds the version changed.
    /// </summary>
    private static Task<int> WithdrawPlannedAheadAsync(PlatformDbContext db, int taskId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var after = Instants.ToStored(now);
        var (queued, schedule) = (RunState.Queued.Name(), RunTrigger.Schedule.Name());
        return db.Runs.Where(r => r.TaskId == taskId && r.State == queued && r.Trigger == schedule && r.NotBefore > after)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<Result<IReadOnlyList<TaskVersionSummary>>> ListVersionsAsync(
        Guid userId, int workspaceId, int taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CanSeeTaskAsync(userId, workspaceId, taskId, cancellationToken))
            return Problem.NotFound("Task");
        return await db.TaskVersions.AsNoTracking()
            .Where(v => v.TaskId == taskId && v.Number > 0)
            .OrderByDescending(v => v.Number)
            .Select(v => new TaskVersionSummary(
                v.Number, v.IsActive, v.Note, db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.DisplayName).FirstOrDefault(), v.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<TaskVersionDocument>> GetVersionAsync(
        Guid userId, int workspaceId, int taskId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.CanSeeTaskAsync(userId, workspaceId, taskId, cancellationToken))
            return Problem.NotFound("Task");
        var version = number < 1 ? null
            : await db.TaskVersions.AsNoTracking().SingleOrDefaultAsync(v => v.TaskId == taskId && v.Number == number, cancellationToken);
        if (version is null)
            return Problem.NotFound($"Version {number}");
        var author = await db.Users.Where(u => u.Id == version.AuthorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new TaskVersionDocument(
            new TaskVersionSummary(version.Number, version.IsActive, version.Note, author, version.CreatedAt), version.Script, version.SettingsJson);
    }
}
