namespace Platform.Web.Components.Pages.Database;

internal static partial class DatabaseLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the tables of workspace {WorkspaceId} failed")]
    public static partial void LogTableListFailed(this ILogger logger, Exception exception, int workspaceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading records of table {TableId} in workspace {WorkspaceId} failed")]
    public static partial void LogRecordLoadFailed(this ILogger logger, Exception exception, int workspaceId, int tableId);
}
