namespace Platform.Engine.Runtime.Security;

/// <summary>
/// Password hashes are bcrypt (PHP's password_hash default, "$2y$10$…"), so hashes imported from Xano verify here
/// and ours verify there. Also random passwords from character classes.
/// </summary>
public static class Passwords
{
    private const string Lowercase = "abcdefghijklmnopqrstuvwxyz";
    private const string Uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";
    private const string Symbols = "!@#$%^&*()-_=+[]{};:,.<>?";

    public const int DefaultWorkFactor = 10;

    public static string Hash(string password, int workFactor = DefaultWorkFactor) =>
        "$2y$" + BCrypt.Net.BCrypt.HashPassword(password, workFactor)[4..];

    /// <summary>True when the text has the shape of a bcrypt hash ("$2y$10$" and 53 more characters).</summary>
    public static bool IsHash(string text) =>
        text.Length == 60 && text.StartsWith("$2", StringComparison.Ordinal) && text[3] == '$' && text[6] == '$'
        && char.IsAsciiDigit(text[4]) && char.IsAsciiDigit(text[5]);

    /// <summary>True when the password matches the bcrypt hash; false for a wrong password or a hash that is not bcrypt.</summary>
    public static bool Verify(string password, string hash)
    {
        if (!IsHash(hash))
            return false;
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return false;
        }
    }

    /// <summary>The requirements of a random password: the character classes it uses, each at least once.</summary>
    public sealed record Rules(int Length, bool Lowercase, bool Uppercase, bool Digit, bool Symbol, string SymbolWhitelist);

    /// <summary>A password of the given length drawn from the requested classes, with at least one character of each.</summary>
    public static string Create(Rules rules, Random random, Func<string, Exception> fail)
    {
        var classes = new List<string>();
        if (rules.Lowercase)
            classes.Add(Lowercase);
        if (rules.Uppercase)
            classes.Add(Uppercase);
        if (rules.Digit)
            classes.Add(Digits);
        if (rules.Symbol)
            classes.Add(rules.SymbolWhitelist.Length > 0 ? rules.SymbolWhitelist : Symbols);
        if (classes.Count == 0)
            throw fail("at least one character class must be required.");
        if (rules.Length < classes.Count || rules.Length > 4096)
            throw fail($"character_count must be from {classes.Count} (one per required class) to 4096, not {rules.Length}.");
        var all = string.Concat(classes);
        var characters = classes.Select(c => Pick(c, random))
            .Concat(Enumerable.Range(0, rules.Length - classes.Count).Select(_ => Pick(all, random)))
            .ToArray();
        for (var i = characters.Length - 1; i > 0; i--)
        {
            var j = (int)RandomSource.Number(random, 0, i);
            (characters[i], characters[j]) = (characters[j], characters[i]);
        }
        return new string(characters);
    }

    private static char Pick(string pool, Random random) => pool[(int)RandomSource.Number(random, 0, pool.Length - 1)];
}
