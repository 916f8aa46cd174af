using System.Data.Common;

namespace Platform.Web.Services;

/// <summary>
/// The failures that mean "the database did not answer" (down, unreachable, timed out, pool exhausted), which a
/// page reports in place and recovers from, as opposed to bugs, which reach the error boundary.
/// </summary>
public static class DatabaseUnavailable
{
    public const string Message = "The database did not answer. Check that it is running, then try again.";

    public static bool Is(Exception exception) =>
        exception is DbException or InvalidOperationException or TimeoutException;
}
