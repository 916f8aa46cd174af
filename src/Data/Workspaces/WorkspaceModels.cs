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
}
