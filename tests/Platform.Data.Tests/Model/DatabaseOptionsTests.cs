using Microsoft.Extensions.Configuration;
using Platform.Data.Providers;

namespace Platform.Data.Tests.Model;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Bind_NothingConfigured_SqliteFileUnderAppData()
    {
        var options = Bind([]);

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine("/srv/app", "App_Data/platform.db")}", options.ConnectionString);
    }

    [Fact]
    public void Bind_PostgresWithConnectionString_UsesIt()
    {
        var options = Bind(new() { ["Database:Provider"] = "postgres", ["ConnectionStrings:Platform"] = "Host=db" });

        Assert.Equal((DatabaseProvider.Postgres, "Host=db"), (options.Provider, options.ConnectionString));
    }

    [Fact]
    public void Bind_PostgresWithoutConnectionString_ExplainsWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["Database:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings:Platform", error.Message);
    }

    [Fact]
    public void Bind_UnknownProvider_NamesTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["Database:Provider"] = "Oracle" }));

        Assert.Equal("Database:Provider is 'Oracle'; expected one of: Sqlite, Postgres.", error.Message);
    }

    private static DatabaseOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new DatabaseOptions();
        DatabaseOptions.Bind(options, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "/srv/app");
        return options;
    }
}
