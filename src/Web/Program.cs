using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Providers;
using Platform.Web.Hosting;
using Platform.Web.Hosting.Engine;

var role = HostRoles.Read(new ConfigurationBuilder().AddCommandLine(args).AddEnvironmentVariables().Build());

try
{
    if (role == HostRole.Worker)
    {
        // A worker runs the engine only: no web server, no pages.
        var worker = Host.CreateApplicationBuilder(args);
        worker.Services.AddPlatformData();
        worker.Services.AddPlatformSecrets(worker.Configuration);
        worker.Services.AddPlatformEngine(role);
        using var host = worker.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await host.RunAsync();
        return 0;
    }

    var builder = WebApplication.CreateBuilder(args);

    builder.Services.AddPlatformData();
    builder.Services.AddPlatformSecrets(builder.Configuration);
    builder.Services.AddPlatformWeb();
    builder.Services.AddPlatformEngine(role);

    var app = builder.Build();

    await app.MigrateDatabaseAsync();
    app.UsePlatformWeb();

    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A setting the product cannot run with: say which, in one line, not with a stack trace.
    await Console.Error.WriteLineAsync($"Platform cannot start: {invalid.Message}");
    return 1;
}

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
