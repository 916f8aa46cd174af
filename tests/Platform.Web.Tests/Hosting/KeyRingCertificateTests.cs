using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Data.Model;
using Platform.Data.Secrets;
using Platform.Tests.Shared;
using Platform.Web.Hosting;

namespace Platform.Web.Tests.Hosting;

/// <summary>
/// DataProtection:CertificatePath: the key ring is stored encrypted in a real SQLite database, a restart with the
/// certificate reads it, and a copy of the database without the certificate cannot decrypt a secret.
/// </summary>
public sealed class KeyRingCertificateTests : IAsyncLifetime, IDisposable
{
    private const string Password = "pfx-password";
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-keyring-").FullName;
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateSqliteAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_ARestartWithItReads_ADatabaseCopyWithoutItCannot()
    {
        var settings = CertificateSettings(RsaPfx());
        string secret;
        using (var node = Node(settings))
            secret = node.GetRequiredService<ISecretProtector>().Protect("hello");

        await using (var db = _database.CreateDbContext())
        {
            var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
            Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        }
        using (var restarted = Node(settings))
            Assert.Equal("hello", restarted.GetRequiredService<ISecretProtector>().Unprotect(secret));
        using var withoutCertificate = Node([]);
        Assert.Null(withoutCertificate.GetRequiredService<ISecretProtector>().Unprotect(secret));
    }

    [Fact]
    public void WithoutACertificate_KeysAreStoredAsTheyAre()
    {
        using var node = Node([]);
        node.GetRequiredService<ISecretProtector>().Protect("hello");

        using var db = _database.CreateDbContext();
        Assert.Contains("<masterKey", Assert.Single(db.DataProtectionKeys.ToList()).Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatCannotServe_StopsTheStart_NamingTheSettingAndWhy()
    {
        var missing = Path.Combine(_folder, "missing.pfx");
        Assert.Equal($"DataProtection:CertificatePath names '{missing}', and there is no such file.", Refusal(CertificateSettings(missing)));
        var notACertificate = Write("notes.pfx", "not a certificate"u8.ToArray());
        Assert.Contains($"DataProtection:CertificatePath names '{notACertificate}', which cannot be read as a PKCS#12 certificate",
            Refusal(CertificateSettings(notACertificate)), StringComparison.Ordinal);

        var wrongPassword = CertificateSettings(RsaPfx());
        wrongPassword["DataProtection:CertificatePassword"] = "not-it";
        Assert.Contains("cannot be read as a PKCS#12 certificate with DataProtection:CertificatePassword", Refusal(wrongPassword), StringComparison.Ordinal);

        Assert.Contains("a certificate without its private key", Refusal(CertificateSettings(PublicOnlyPfx())), StringComparison.Ordinal);
        Assert.Contains("which is not an RSA certificate", Refusal(CertificateSettings(EcdsaPfx())), StringComparison.Ordinal);
    }

    private ServiceProvider Node(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<PlatformDbContext>>(_database);
        services.AddPlatformSecrets(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static string Refusal(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(
            () => new ServiceCollection().AddPlatformSecrets(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())).Message;

    private static Dictionary<string, string?> CertificateSettings(string path) => new()
    {
        ["DataProtection:CertificatePath"] = path,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private string RsaPfx()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = SelfSigned(new CertificateRequest("CN=Platform key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return Write("rsa.pfx", certificate.Export(X509ContentType.Pkcs12, Password));
    }

    private string PublicOnlyPfx()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = SelfSigned(new CertificateRequest("CN=Public only", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        return Write("public.pfx", publicOnly.Export(X509ContentType.Pkcs12, Password));
    }

    private string EcdsaPfx()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = SelfSigned(new CertificateRequest("CN=Elliptic", ecdsa, HashAlgorithmName.SHA256));
        return Write("ecdsa.pfx", certificate.Export(X509ContentType.Pkcs12, Password));
    }

    private static X509Certificate2 SelfSigned(CertificateRequest request) =>
        request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
