using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Data.Tables;
using Platform.Data.Workspaces;

namespace Platform.Data.Tests;

public sealed class DataServicesTests
{
    [Fact]
    public void AddPlatformData_StoresResolve_TableStoreWithoutAnIndexSync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPlatformData();
        using var host = builder.Build();

        Assert.NotNull(host.Services.GetRequiredService<TableStore>());
        Assert.NotNull(host.Services.GetRequiredService<DatasourceStore>());
        Assert.NotNull(host.Services.GetRequiredService<WorkspaceSchemaLoader>());
    }
}
