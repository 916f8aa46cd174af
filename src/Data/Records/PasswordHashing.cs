using System.Globalization;
using System.Security.Cryptography;

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
/// PBKDF2-HMAC-SHA256 with a random 16-byte salt and a 32-byte key, stored as
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;base64 salt&gt;$&lt;base64 key&gt;</c>.
/// </summary>
public sealed class Pbkdf2RecordPasswordHasher(int iterations = Pbkdf2RecordPasswordHasher.DefaultIterations) : IRecordPasswordHasher
{
    public const int DefaultIterations = 100_000;
    private const string Prefix = "pbkdf2-sha256$";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    public static Pbkdf2RecordPasswordHasher Default { get; } = new();

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, KeyBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    public bool Verify(string password, string stored)
    {
        if (!TryRead(stored, out var rounds, out var salt, out var key))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, rounds, HashAlgorithmName.SHA256, key.Length);
        return CryptographicOperations.FixedTimeEquals(actual, key);
    }

    public bool IsHash(string text) => TryRead(text, out _, out _, out _);

    private static bool TryRead(string stored, out int rounds, out byte[] salt, out byte[] key)
    {
        (rounds, salt, key) = (0, [], []);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] + "$" != Prefix || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds <= 0)
            return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            key = Convert.FromBase64String(parts[3]);
            return salt.Length > 0 && key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
