namespace Platform.Data.Tasks;

/// <summary>A task as the sidebar lists it.</summary>
public sealed record TaskListItem(int Id, string Name, bool IsActive, IReadOnlyList<string> Tags, DateTime UpdatedAt);

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
