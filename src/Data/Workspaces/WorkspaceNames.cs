using Platform.Engine.Naming;

namespace Platform.Data.Workspaces;

public static class WorkspaceNames
{
    public const int MaxLength = 60;

    public static NameRule Rule { get; } = new("Workspace name", MaxLength);
}
