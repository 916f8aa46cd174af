using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Model;
using Platform.Data.Secrets;
using Platform.Tests.Shared;

namespace Platform.Data.Tests.Secrets;

/// <summary>Data Protection's key ring in the Platform database: what one node protects, another node and a restart unprotect.</summary>
public abstract class KeyRingTests : DatabaseTests
{
    private ServiceProvider Node()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDbContextFactory<PlatformDbContext>>(Database);
        services.AddDataProtection().PersistKeysToPlatformDatabase();
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(ServiceProvider node) =>
        node.GetRequiredService<IDataProtectionProvider>().CreateProtector(DataProtectionSecretProtector.Purpose);

    [Fact]
    public async Task TwoNodesAndARestart_ShareOneKeyRing_StoredInTheDatabase()
    {
        string secret;
        await using (var first = Node())
            secret = Protector(first).Protect("hello");
        await using var second = Node();
        await using var restarted = Node();

        Assert.Equal("hello", Protector(second).Unprotect(secret));
        Assert.Equal("hello", Protector(restarted).Unprotect(secret));
        await using var db = Database.CreateDbContext();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.StartsWith("<key ", key.Xml, StringComparison.Ordinal);
        Assert.StartsWith("key-", key.FriendlyName, StringComparison.Ordinal);
    }
}

public sealed class SqliteKeyRingTests : KeyRingTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateSqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresKeyRingTests(PostgresServer server) : KeyRingTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
