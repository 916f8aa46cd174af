using Platform.Engine.Runtime.Security;

namespace Platform.Data.Records;

/// <summary>How the record store hashes password fields on write (and how a check compares a password with a stored hash).</summary>
public interface IRecordPasswordHasher
{
    string Hash(string password);

    bool Verify(string password, string stored);

    /// <summary>True when the text already is a hash of this format, so writing a read record back does not hash it twice.</summary>
    bool IsHash(string text);
}

/// <summary>
/// bcrypt, the same hashes as the runtime's <c>security.create_password</c>/<c>check_password</c> and PHP's
/// <c>password_hash</c>: a password field written by a task verifies with <c>security.check_password</c>, and hashes
/// imported from Xano verify here.
/// </summary>
public sealed class BcryptRecordPasswordHasher(int workFactor = Passwords.DefaultWorkFactor) : IRecordPasswordHasher
{
    public static BcryptRecordPasswordHasher Default { get; } = new();

    public string Hash(string password) => Passwords.Hash(password, workFactor);

    public bool Verify(string password, string stored) => Passwords.Verify(password, stored);

    public bool IsHash(string text) => Passwords.IsHash(text);
}
