namespace Platform.Data.Secrets;

/// <summary>
/// Encrypts secrets at rest (workspace environment variables). The web host implements it with ASP.NET Data
/// Protection over the key ring stored in the Platform database, so every node and restart can read what another wrote.
/// </summary>
public interface ISecretProtector
{
    string Protect(string plain);

    /// <summary>The plain value, or null when it cannot be decrypted (its key is gone, or the text was tampered with).</summary>
    string? Unprotect(string protectedValue);
}
