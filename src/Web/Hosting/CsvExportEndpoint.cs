using System.Text;
using Platform.Web.Identity;
using Platform.Web.Model.Database;
using Platform.Web.Navigation;
using Platform.Web.Services.Database;

namespace Platform.Web.Hosting;

/// <summary>
/// Streams a table's records in one datasource as a CSV download, page by page, as the signed-in member. A table,
/// workspace or datasource the user cannot see is a plain 404.
/// </summary>
public static class CsvExportEndpoint
{
    public static IEndpointConventionBuilder MapCsvExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AppUrls.CsvExportPattern, ExportAsync).RequireAuthorization();

    private static async Task<IResult> ExportAsync(
        int workspaceId, int tableId, int datasourceId, HttpContext http, WorkspaceRecords records, CancellationToken ct)
    {
        if (CurrentUser.TryGetId(http.User) is not { } userId)
            return Results.Unauthorized();
        var scope = await records.OpenAsync(userId, new RecordTarget(workspaceId, tableId, datasourceId), ct);
        if (!scope.Succeeded)
            return Results.NotFound();
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            await CsvExport.WriteAsync(writer, scope.Value.Table, records.ReadAllAsync(scope.Value, ct), ct);
        }, "text/csv; charset=utf-8", CsvExport.FileName(scope.Value.Table, scope.Value.Datasource.Name));
    }
}
