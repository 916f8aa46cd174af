using System.Collections.Frozen;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Runtime.Filters;

/// <summary>
/// The filters the runtime can run, by name. Each family lists its filters in a <c>Register</c> method; every name
/// must exist in the language's <see cref="FilterCatalog"/>, which holds the metadata (arity, parameters, summary,
/// example) the analyzer, completion and hover use.
/// </summary>
public sealed class FilterRegistry
{
    private readonly Dictionary<string, FilterFunction> _functions = new(StringComparer.Ordinal);
    private FrozenDictionary<string, FilterFunction>? _frozen;

    public static FilterRegistry Default { get; } = CreateDefault();

    public IEnumerable<string> Names => _functions.Keys;

    public static FilterRegistry CreateDefault()
    {
        var registry = new FilterRegistry();
        foreach (var register in Families.All)
            register(registry);
        registry._frozen = registry._functions.ToFrozenDictionary(StringComparer.Ordinal);
        return registry;
    }

    public void Add(string name, FilterFunction function)
    {
        if (_frozen is not null)
            throw new InvalidOperationException("The filter registry is complete; filters are added while it is built.");
        if (FilterCatalog.Find(name)?.Name != name)
            throw new InvalidOperationException($"The filter '{name}' has no metadata in FilterCatalog; add it there first.");
        if (!_functions.TryAdd(name, function))
            throw new InvalidOperationException($"The filter '{name}' is registered twice.");
    }

    /// <summary>The implementation for a name in a mode, following deprecated aliases (<c>sub</c> is <c>subtract</c> outside queries).</summary>
    public FilterFunction? Find(string name, bool queryMode = false)
    {
        var functions = _frozen ?? (IReadOnlyDictionary<string, FilterFunction>)_functions;
        var alias = FilterCatalog.FindAlias(name);
        var queryOnlyOutsideQuery = !queryMode && FilterCatalog.Find(name) is { Context: FilterContext.Query };
        if (functions.TryGetValue(name, out var function) && !(queryOnlyOutsideQuery && alias is not null))
            return function;
        return alias is not null && functions.TryGetValue(alias.Target, out var aliased) ? aliased : function;
    }

    public bool Contains(string name) => _functions.ContainsKey(name);
}
