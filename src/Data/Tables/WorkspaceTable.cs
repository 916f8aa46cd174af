namespace Platform.Data.Tables;

/// <summary>
/// A table of a workspace: its name and fields. The same table exists in every datasource of the workspace;
/// its records are kept per datasource (<see cref="WorkspaceRecord"/>).
/// </summary>
public sealed class WorkspaceTable
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    /// <summary>Setting the name also sets <see cref="NameKey"/>, which enforces uniqueness within the workspace.</summary>
    public string Name
    {
        get;
        set
        {
            field = value;
            NameKey = KeyOf(value);
        }
    } = "";

    public string NameKey { get; private set; } = "";

    public string? Description { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The fields besides <c>id</c> and <c>created_at</c>, which every table has.</summary>
    public List<TableField> Fields { get; } = [];

    public static string KeyOf(string name) => name.ToUpperInvariant();
}
