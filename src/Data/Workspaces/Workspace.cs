namespace Platform.Data.Workspaces;

public sealed class Workspace
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid CreatedById { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<WorkspaceMember> Members { get; } = [];

    public List<Datasource> Datasources { get; } = [];
}
