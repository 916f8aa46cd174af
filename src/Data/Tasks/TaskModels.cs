namespace Platform.Data.Tasks;

/// <summary>
/// A task as the sidebar lists it. <see cref="IsActive"/> is the draft's flag; what the engine does follows the
/// published version (<see cref="PublishedVersion"/>, <see cref="PublishedActive"/>).
/// </summary>
public sealed record TaskListItem(int Id, string Name, bool IsActive, IReadOnlyList<string> Tags, DateTime UpdatedAt)
{
    /// <summary>The number of the version the engine runs; null until the task is first published.</summary>
    public int? PublishedVersion { get; init; }

    /// <summary>Whether the published version is active, so the engine schedules it.</summary>
    public bool PublishedActive { get; init; }

    /// <summary>The draft (script or settings) differs from the published version.</summary>
    public bool HasDraftChanges { get; init; }

    /// <summary>When the scheduler plans the task next; null when nothing is planned.</summary>
    public DateTime? NextRunAt { get; init; }

    /// <summary>The stored state of the task's latest run that was not merely queued or skipped (running, succeeded, failed…).</summary>
    public string? LastRunState { get; init; }

    /// <summary>When that run finished, or started while it is still running.</summary>
    public DateTime? LastRunAt { get; init; }
}

/// <summary>A task as the editor opens it. <see cref="ConcurrencyStamp"/> guards against overwriting someone else's save.</summary>
public sealed record TaskDocument(
    int Id,
    int WorkspaceId,
    string Name,
    string Script,
    string? Description,
    bool IsActive,
    string? DatasourceName,
    IReadOnlyList<string> Tags,
    DateTime UpdatedAt,
    string? UpdatedBy,
    Guid ConcurrencyStamp,
    string SettingsJson = "",
    int? PublishedVersion = null);
