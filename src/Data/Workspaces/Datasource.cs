namespace Platform.Data.Workspaces;

/// <summary>A named copy of a workspace's data. Every workspace has <c>live</c> and <c>test</c>.</summary>
public sealed class Datasource
{
    public const string Live = "live";
    public const string Test = "test";

    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Name { get; set; }

    /// <summary>Built-in datasources (live, test) cannot be renamed or removed.</summary>
    public bool IsBuiltIn { get; set; }

    public DateTime CreatedAt { get; set; }

    public static IEnumerable<Datasource> BuiltIns(DateTime createdAt) =>
    [
        new() { Name = Live, IsBuiltIn = true, CreatedAt = createdAt },
        new() { Name = Test, IsBuiltIn = true, CreatedAt = createdAt },
    ];
}
