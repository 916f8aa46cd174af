using Platform.Engine.Naming;

namespace Platform.Data.Workspaces;

/// <summary>What a custom datasource may be called: what scripts write after <c>datasource =</c> and <c>db.set_datasource</c>.</summary>
public static class DatasourceNames
{
    public const int MaxLength = DatasourceConfiguration.NameMaxLength;

    public static NameCheck Check(string? raw)
    {
        var name = raw?.Trim() ?? "";
        if (name.Length == 0)
            return NameCheck.Invalid("Datasource name is required.");
        if (name.Length > MaxLength)
            return NameCheck.Invalid($"Datasource name is too long: {name.Length} characters (at most {MaxLength}).");
        var wrong = name.FirstOrDefault(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-'));
        if (wrong != default)
            return NameCheck.Invalid($"Datasource name can contain only lowercase letters, digits, '_' and '-'; found '{wrong}'.");
        if (name is Datasource.Live or Datasource.Test)
            return NameCheck.Invalid($"'{name}' is a built-in datasource of every workspace. Choose another name.");
        return NameCheck.Valid(name);
    }
}
