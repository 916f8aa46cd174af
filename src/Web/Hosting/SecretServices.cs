using Microsoft.AspNetCore.DataProtection;
using Platform.Data.Secrets;

namespace Platform.Web.Hosting;

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
