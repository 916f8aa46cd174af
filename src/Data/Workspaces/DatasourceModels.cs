namespace Platform.Data.Workspaces;

/// <summary>A datasource with how many records it holds across the workspace's tables.</summary>
public sealed record DatasourceSummary(int Id, string Name, bool IsBuiltIn, long Records);

/// <summary>A renamed datasource, and the tasks whose scripts still name the old name (they are not rewritten).</summary>
public sealed record DatasourceRename(DatasourceSummary Datasource, string OldName, IReadOnlyList<string> TasksNamingOldName);

/// <summary>A removed datasource: how many records went with it, and the tasks whose scripts still name it.</summary>
public sealed record DatasourceRemoval(int Id, string Name, long RecordsDeleted, IReadOnlyList<string> TasksNamingIt);

/// <summary>The outcome of copying live data to test: test records replaced, records copied, tables involved.</summary>
public sealed record DatasourceCopy(long TestRecordsDeleted, long RecordsCopied, int Tables);
