namespace Platform.Web.Components.Pages.Engine;

internal static partial class EngineLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the engine status failed")]
    public static partial void LogStatusFailed(this ILogger logger, Exception exception);
}
