using Microsoft.AspNetCore.DataProtection;
using Platform.Data.Secrets;

namespace Platform.Tests.Shared;

/// <summary>Real ASP.NET Data Protection with keys held in memory for the life of the instance (the web app keeps its ring in the database).</summary>
public sealed class TestSecrets(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Platform.WorkspaceVariables.v1");

    public TestSecrets()
        : this(new EphemeralDataProtectionProvider())
    {
    }

    public string Protect(string plain) => _protector.Protect(plain);

    public string? Unprotect(string protectedValue)
    {
        try
        {
            return _protector.Unprotect(protectedValue);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
