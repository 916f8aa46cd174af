namespace Platform.Data.Workspaces;

/// <summary>What a member may do in a workspace. Stored by name.</summary>
public enum WorkspaceRole
{
    Viewer,
    Editor,
    Owner,
}

public static class WorkspaceRoleExtensions
{
    public static bool CanEdit(this WorkspaceRole role) => role is WorkspaceRole.Editor or WorkspaceRole.Owner;

    public static bool CanAdminister(this WorkspaceRole role) => role is WorkspaceRole.Owner;
}
