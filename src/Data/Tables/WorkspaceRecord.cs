namespace Platform.Data.Tables;

/// <summary>
/// One record of a workspace table in one datasource. <see cref="Id"/> counts per table and datasource from 1;
/// the field values are one JSON object (jsonb on PostgreSQL, JSON text on SQLite). See docs/architecture.md.
/// </summary>
public sealed class WorkspaceRecord
{
    public int TableId { get; set; }

    public int DatasourceId { get; set; }

    public long Id { get; set; }

    /// <summary>When the record was added, in epoch milliseconds (a XanoScript timestamp).</summary>
    public long CreatedAt { get; set; }

    public required string Data { get; set; }
}
