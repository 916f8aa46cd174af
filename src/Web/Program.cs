using Platform.Data;
using Platform.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPlatformData();
builder.Services.AddPlatformWeb();

var app = builder.Build();

await app.MigrateDatabaseAsync();
app.UsePlatformWeb();

await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
