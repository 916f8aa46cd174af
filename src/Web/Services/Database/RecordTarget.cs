using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Web.Model.Database;

namespace Platform.Web.Services.Database;

/// <summary>Which records a page works on: a table of a workspace, in one of its datasources.</summary>
public sealed record RecordTarget(int WorkspaceId, int TableId, int DatasourceId);

/// <summary>An opened target: the table's schema, the datasource, and whether the user may change records.</summary>
public sealed record RecordScope(TableDocument Table, DatasourceInfo Datasource, bool CanEdit)
{
    public RecordTarget Target => new(Table.WorkspaceId, Table.Id, Datasource.Id);
}

/// <summary>One page of records for the grid, how many match in all, and the table's schema as the rows were read.</summary>
public sealed record RecordRows(IReadOnlyList<RecordRow> Rows, long Total, TableDocument Table);

/// <summary>A grid request in the store's terms: condition, sort keys and the window of records.</summary>
public sealed record RecordRequest(Platform.Engine.Runtime.Ports.QueryCondition? Where, IReadOnlyList<Platform.Engine.Runtime.Ports.SortKey> Sort, int Skip, int Take);
