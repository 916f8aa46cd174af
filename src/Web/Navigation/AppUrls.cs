using Platform.Web.Model;
using Platform.Web.Model.Runs;

namespace Platform.Web.Navigation;

/// <summary>Every in-app URL, built in one place so links, redirects and the sidebar agree.</summary>
public static class AppUrls
{
    public const string Home = "/";
    public const string Workspaces = "/workspaces";
    public const string Engine = "/engine";

    public static string Tasks(int workspaceId, TaskListView? view = null) =>
        WithView($"/w/{workspaceId}/tasks", view);

    public static string Task(int workspaceId, int taskId, TaskListView? view = null) =>
        WithView($"/w/{workspaceId}/tasks/{taskId}", view);

    public static string Database(int workspaceId) => $"/w/{workspaceId}/database";

    /// <summary>A table's page; <paramref name="search"/> keeps the table list's search (<c>q</c>) while moving between tables.</summary>
    public static string Table(int workspaceId, int tableId, string? tab = null, string? search = null) =>
        WithQuery($"/w/{workspaceId}/database/{tableId}", ("tab", tab), ("q", search));

    public const string CsvExportPattern = "/w/{workspaceId:int}/database/{tableId:int}/export/{datasourceId:int}";

    public static string CsvExport(int workspaceId, int tableId, int datasourceId) =>
        $"/w/{workspaceId}/database/{tableId}/export/{datasourceId}";

    /// <summary>The workspace's Runs page; <paramref name="filter"/> becomes its query (<c>task</c>, <c>state</c>).</summary>
    public static string Runs(int workspaceId, RunListFilter? filter = null) =>
        WithQuery($"/w/{workspaceId}/runs", ("task", filter?.TaskKey), ("state", filter?.State));

    public static string Settings(int workspaceId) => $"/w/{workspaceId}/settings";

    /// <summary>The workspace section a path belongs to, e.g. <c>tasks</c> for <c>/w/3/tasks/7</c>.</summary>
    public static string? SectionOf(string relativePath)
    {
        var segments = relativePath.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[0] == "w" ? segments[2] : null;
    }

    /// <summary>The workspace a path belongs to, e.g. 3 for <c>/w/3/tasks/7</c>.</summary>
    public static int? WorkspaceIdOf(string relativePath)
    {
        var segments = relativePath.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[0] == "w" && int.TryParse(segments[1], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The sidebar's view as query parameters (<c>q</c>, <c>tag</c>, <c>sort</c>), leaving out what is default.</summary>
    private static string WithView(string path, TaskListView? view) =>
        view is null ? path : WithQuery(path, ("q", view.Search), ("tag", view.Tag), ("sort", view.SortKey));

    /// <summary>The path with the parameters that have a value, escaped, in the given order.</summary>
    private static string WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? path : $"{path}?{string.Join('&', given)}";
    }
}
