namespace Platform.Data.Workspaces;

/// <summary>A user's membership of a workspace, with the role and the datasource they are looking at.</summary>
public sealed class WorkspaceMember
{
    public int WorkspaceId { get; set; }

    public Guid UserId { get; set; }

    public WorkspaceRole Role { get; set; }

    /// <summary>The datasource this member's UI shows; null means live.</summary>
    public int? SelectedDatasourceId { get; set; }

    public DateTime JoinedAt { get; set; }

    public Workspace? Workspace { get; set; }

    public Datasource? SelectedDatasource { get; set; }
}
