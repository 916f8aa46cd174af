using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Data.Runs;
using Platform.Data.Tables;
using Platform.Data.Workspaces;
using Platform.Engine.Work;

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

    [Fact]
    public void AddPlatformRuns_EnginePortsAndRunServicesResolve_OneQueueInstance()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<Platform.Data.Secrets.ISecretProtector>(Platform.Tests.Shared.TestSecrets.Create());
        builder.Services.AddPlatformData().AddPlatformRuns(environment => environment.Smtp = new Platform.Engine.Runtime.Mail.SmtpOptions { Host = "mail.example.com", DefaultFrom = "platform@example.com" });
        using var host = builder.Build();

        Assert.Same(host.Services.GetRequiredService<SqlRunQueue>(), host.Services.GetRequiredService<IRunQueue>());
        Assert.IsType<SqlScheduledTaskSource>(host.Services.GetRequiredService<IScheduledTaskSource>());
        Assert.IsType<SqlTaskVersionSource>(host.Services.GetRequiredService<ITaskVersionSource>());
        Assert.IsType<SqlRunEnvironmentFactory>(host.Services.GetRequiredService<IRunEnvironmentFactory>());
        Assert.NotNull(host.Services.GetRequiredService<TaskPublisher>());
        Assert.NotNull(host.Services.GetRequiredService<RunHistory>());
        Assert.NotNull(host.Services.GetRequiredService<RunRetention>());
    }
}
