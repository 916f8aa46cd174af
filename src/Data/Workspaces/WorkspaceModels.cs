namespace Platform.Data.Workspaces;

public sealed record WorkspaceSummary(int Id, string Name, WorkspaceRole Role);

public sealed record DatasourceInfo(int Id, string Name, bool IsBuiltIn)
{
    public bool IsLive => Name == Datasource.Live;
}

/// <summary>What a member sees of a workspace: the workspace, their role, its datasources and the one selected.</summary>
public sealed record WorkspaceAccess(WorkspaceSummary Workspace, IReadOnlyList<DatasourceInfo> Datasources, DatasourceInfo Selected)
{
    public int Id => Workspace.Id;

    public WorkspaceRole Role => Workspace.Role;

    // By value, datasources included: reopening an unchanged workspace is then no change that pages redraw for.
    public bool Equals(WorkspaceAccess? other) =>
        other is not null && Workspace == other.Workspace && Selected == other.Selected && Datasources.SequenceEqual(other.Datasources);

    public override int GetHashCode() => HashCode.Combine(Workspace, Selected, Datasources.Count);
}
