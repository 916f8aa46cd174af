using Platform.Engine.Runtime.Execution;

namespace Platform.Data.Records.Sql;

/// <summary>A table a statement reads, through a SQL alias (<c>r0</c>, <c>r1</c>…) or, alone in its statement, none.</summary>
internal sealed record QuerySource(TableSchema Table, string? Alias)
{
    public string Column(string name) => Alias is null ? name : Alias + "." + name;

    public string Document => Column(SqlDialect.Data);
}

/// <summary>
/// The tables of one statement: the base table (named by its own name in <c>$db.table.field</c>) and the tables
/// joined under their aliases (<c>$db.alias.field</c>).
/// </summary>
internal sealed class QuerySources(QuerySource main, IReadOnlyDictionary<string, QuerySource> joined)
{
    public static QuerySources Single(TableSchema table) => new(new QuerySource(table, null), new Dictionary<string, QuerySource>());

    public QuerySource Main => main;

    public QuerySource Find(string name, string field)
    {
        if (string.Equals(name, main.Table.Name, StringComparison.OrdinalIgnoreCase))
            return main;
        return joined.TryGetValue(name, out var source)
            ? source
            : throw ScriptErrorException.Fatal($"$db.{name}.{field} names the table '{name}', but this query reads '{main.Table.Name}' and joins nothing under that name.");
    }
}
