using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Data.Model;

namespace Platform.Data.Secrets;

/// <summary>
/// Keeps Data Protection's key ring in the Platform database (<c>data_protection_keys</c>), so every node sharing the
/// database, and every restart of a container, protects and unprotects with the same keys. The key manager caches
/// the ring and calls these methods rarely (at start, when a key is created, and about once a day).
/// </summary>
public sealed class SqlXmlRepository(IDbContextFactory<PlatformDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

public static class KeyRingExtensions
{
    /// <summary>The application name every node shares: without it, Data Protection isolates apps by their content root path.</summary>
    public const string ApplicationName = "Platform";

    /// <summary>Keeps the key ring in the Platform database under one application name, so all nodes and restarts share it.</summary>
    public static IDataProtectionBuilder PersistKeysToPlatformDatabase(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IDbContextFactory<PlatformDbContext>>((options, contexts) => options.XmlRepository = new SqlXmlRepository(contexts));
        return builder;
    }
}
