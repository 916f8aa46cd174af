namespace Platform.Web.Components.Pages.Tasks;

internal static partial class TaskLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the tasks of workspace {WorkspaceId} failed")]
    public static partial void LogTaskListFailed(this ILogger logger, Exception exception, int workspaceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading task {TaskId} of workspace {WorkspaceId} failed")]
    public static partial void LogTaskLoadFailed(this ILogger logger, Exception exception, int workspaceId, int taskId);
}
