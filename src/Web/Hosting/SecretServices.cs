using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Platform.Data.Secrets;

namespace Platform.Web.Hosting;

/// <summary>Workspace secrets encrypted with ASP.NET Data Protection, the key ring kept in the Platform database.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    public const string Purpose = "Platform.WorkspaceVariables.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plain) => _protector.Protect(plain);

    public string? Unprotect(string protectedValue)
    {
        try
        {
            return _protector.Unprotect(protectedValue);
        }
        catch (CryptographicException)
        {
            // The key is gone (another key ring, a deleted key) or the text was altered: the caller says which variable.
            return null;
        }
    }
}

public static class SecretServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection over the shared key ring (sign-in cookies, antiforgery tokens and workspace secrets alike), and
    /// the <see cref="ISecretProtector"/> the data layer encrypts environment variables with. Web and worker hosts both call it.
    /// With <see cref="KeyRingCertificate.PathSetting"/> set, new keys are stored encrypted with that certificate.
    /// </summary>
    public static IServiceCollection AddPlatformSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddDataProtection().PersistKeysToPlatformDatabase();
        if (KeyRingCertificate.Load(configuration) is { } certificate)
            keyRing.ProtectKeysWithCertificate(certificate);
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        return services;
    }
}
