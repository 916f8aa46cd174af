using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Data.Secrets;

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
