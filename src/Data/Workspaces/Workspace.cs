namespace Platform.Data.Workspaces;

public sealed class Workspace
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid CreatedById { get; set; }

    /// <summary>The longest a run of this workspace may take; a task's own timeout is capped by it.</summary>
    public int MaxRunSeconds { get; set; } = DefaultMaxRunSeconds;

    public const int DefaultMaxRunSeconds = 3600;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<WorkspaceMember> Members { get; } = [];

    public List<Datasource> Datasources { get; } = [];
}
