namespace Platform.Data.Runs;

/// <summary>
/// A published, immutable version of a task, numbered 1, 2, … per task. The engine runs versions only; the columns
/// after <see cref="SettingsJson"/> are derived from the script when it was published.
/// </summary>
public sealed class TaskVersion
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public int Number { get; set; }

    public required string Script { get; set; }

    public string SettingsJson { get; set; } = "";

    public bool IsActive { get; set; }

    public string? DatasourceName { get; set; }

    public string? Description { get; set; }

    public List<string> Tags { get; set; } = [];

    public Guid? AuthorId { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }
}
