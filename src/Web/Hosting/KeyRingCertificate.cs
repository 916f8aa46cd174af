using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Platform.Web.Hosting;

/// <summary>
/// The certificate that encrypts Data Protection's keys where they are stored (the Platform database), so a copy of
/// the database alone cannot decrypt the workspaces' secrets. Optional: without it the keys are stored as they are.
/// </summary>
public static class KeyRingCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";
    public const string PasswordSetting = "DataProtection:CertificatePassword";

    /// <summary>The PKCS#12 file the settings name, with its private key; null when no file is named.</summary>
    /// <exception cref="OptionsValidationException">The file cannot be used, with the setting and the reason.</exception>
    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration[PathSetting];
        if (string.IsNullOrWhiteSpace(path))
            return null;
        if (!File.Exists(path))
            throw Invalid($"{PathSetting} names '{path}', and there is no such file.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting]);
        }
        catch (Exception unreadable) when (unreadable is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw Invalid($"{PathSetting} names '{path}', which cannot be read as a PKCS#12 certificate with {PasswordSetting}: {unreadable.Message}");
        }
        if (!certificate.HasPrivateKey)
            throw Invalid($"{PathSetting} names '{path}', a certificate without its private key: keys encrypted with it could never be read again. Export it with its private key.");
        if (certificate.GetRSAPublicKey() is null)
            throw Invalid($"{PathSetting} names '{path}', which is not an RSA certificate; Data Protection encrypts its keys with RSA.");
        return certificate;
    }

    private static OptionsValidationException Invalid(string message) => new("DataProtection", typeof(KeyRingCertificate), [message]);
}
