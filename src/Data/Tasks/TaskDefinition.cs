namespace Platform.Data.Tasks;

/// <summary>
/// A background task. <see cref="Script"/> is the draft and the single source of truth; the other
/// descriptive columns are derived from it for listing and scheduling.
/// </summary>
public sealed class TaskDefinition
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    /// <summary>Setting the name also sets <see cref="NameKey"/>, which enforces uniqueness.</summary>
    public string Name
    {
        get;
        set
        {
            field = value;
            NameKey = KeyOf(value);
        }
    } = "";

    /// <summary>The name folded for case-insensitive uniqueness within the workspace.</summary>
    public string NameKey { get; private set; } = "";

    public required string Script { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The datasource named by the script; null runs on live.</summary>
    public string? DatasourceName { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>The draft's Platform settings (cron, policies) as the JSON document stored beside the script.</summary>
    public string SettingsJson { get; set; } = "";

    /// <summary>The number of the version the engine runs; null until the task is first published.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>When the scheduler plans the task next; null when it is inactive, unpublished or its schedule has ended.</summary>
    public DateTime? NextOccurrence { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public static string KeyOf(string name) => name.ToUpperInvariant();
}
