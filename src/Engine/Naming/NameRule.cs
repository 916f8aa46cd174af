using System.Diagnostics.CodeAnalysis;

namespace Platform.Engine.Naming;

/// <summary>The outcome of checking a user-typed name: the normalized name, or why it was refused.</summary>
public readonly record struct NameCheck(string? Name, string? Error)
{
    [MemberNotNullWhen(true, nameof(Name))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    public static NameCheck Valid(string name) => new(name, null);

    public static NameCheck Invalid(string error) => new(null, error);
}

/// <summary>
/// The rules every user-visible name follows: trimmed, not empty, bounded, printable on one line.
/// </summary>
public sealed record NameRule(string Subject, int MaxLength, string ForbiddenCharacters = "")
{
    public NameCheck Check(string? raw)
    {
        var name = raw?.Trim() ?? "";
        if (name.Length == 0)
            return NameCheck.Invalid($"{Subject} is required.");
        if (name.Length > MaxLength)
            return NameCheck.Invalid($"{Subject} is too long: {name.Length} characters (at most {MaxLength}).");
        if (name.Any(char.IsControl))
            return NameCheck.Invalid($"{Subject} cannot contain line breaks or control characters.");
        var forbidden = name.FirstOrDefault(ForbiddenCharacters.Contains);
        if (forbidden != default)
            return NameCheck.Invalid($"{Subject} cannot contain '{forbidden}'.");
        return NameCheck.Valid(name);
    }
}
