using System.Globalization;
using System.Text;
using Platform.Engine.Naming;

namespace Platform.Data.Variables;

/// <summary>What an environment variable may be called (what scripts write after <c>$env.</c>) and hold.</summary>
public static class VariableNames
{
    public const int MaxLength = 128;

    /// <summary>64 KB of UTF-8.</summary>
    public const int MaxValueBytes = 64 * 1024;

    public static NameCheck Check(string? raw)
    {
        var name = raw?.Trim() ?? "";
        if (name.Length == 0)
            return NameCheck.Invalid("Variable name is required.");
        if (name.Length > MaxLength)
            return NameCheck.Invalid($"Variable name is too long: {name.Length} characters (at most {MaxLength}).");
        if (name[0] == '$')
            return NameCheck.Invalid($"Variable names cannot start with '$': $env.{name} would be a built-in such as $env.$datasource.");
        if (char.IsAsciiDigit(name[0]))
            return NameCheck.Invalid($"Variable name cannot start with a digit; found '{name[0]}'.");
        var wrong = name.FirstOrDefault(c => !(char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_'));
        if (wrong != default)
            return NameCheck.Invalid($"Variable name can contain only letters, digits and '_'; found '{wrong}'.");
        return NameCheck.Valid(name);
    }

    /// <summary>Null when the value may be stored; otherwise why not.</summary>
    public static string? CheckValue(string? value)
    {
        if (value is null)
            return "Value is required.";
        var bytes = Encoding.UTF8.GetByteCount(value);
        return bytes > MaxValueBytes
            ? string.Create(CultureInfo.InvariantCulture, $"Value is too large: {bytes:N0} bytes (at most {MaxValueBytes:N0}).")
            : null;
    }
}
