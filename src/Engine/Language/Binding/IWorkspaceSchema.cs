namespace Platform.Engine.Language.Binding;

/// <summary>
/// The tables and fields of a workspace, for checking <c>db.*</c> statements and <c>$db.table.field</c> and for
/// completion. The data layer implements it; the engine only asks.
/// </summary>
public interface IWorkspaceSchema
{
    IReadOnlyList<TableInfo> Tables { get; }

    TableInfo? FindTable(string name);

    /// <summary>The names of the workspace's environment variables (<c>$env.NAME</c>), for completion; never their values.</summary>
    IReadOnlyList<string> EnvironmentVariables { get; }
}

public sealed record TableInfo(string Name, IReadOnlyList<FieldInfo> Fields, string? Description = null)
{
    public FieldInfo? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

public sealed record FieldInfo(string Name, string Type, string? Description = null);

/// <summary>A fixed schema, for tests and tools that read one from a file.</summary>
public sealed class StaticWorkspaceSchema(IEnumerable<TableInfo> tables, IEnumerable<string>? environmentVariables = null) : IWorkspaceSchema
{
    private readonly Dictionary<string, TableInfo> _byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyList<TableInfo> Tables => [.. _byName.Values];

    public TableInfo? FindTable(string name) => _byName.GetValueOrDefault(name);

    public IReadOnlyList<string> EnvironmentVariables { get; } = [.. environmentVariables ?? []];
}
