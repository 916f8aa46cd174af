namespace Platform.Data.Tables;

/// <summary>The last record id handed out for a table in a datasource; ids are never reused, even after deletes.</summary>
public sealed class RecordSequence
{
    public int TableId { get; set; }

    public int DatasourceId { get; set; }

    public long LastId { get; set; }
}
