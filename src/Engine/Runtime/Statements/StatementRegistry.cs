using System.Collections.Frozen;
using Platform.Engine.Language.Catalog;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>The shape of every statement handler: the call in, the statement's value out (null when it has none).</summary>
internal delegate ValueTask<XsValue> StatementHandler(StatementCall call);

/// <summary>
/// The statements the runtime runs, by keyword, each family registering its own. Control flow (conditional, loops,
/// try_catch, return…) is the interpreter's; every name here must exist in the <see cref="StatementCatalog"/>.
/// </summary>
internal sealed class StatementRegistry
{
    private readonly Dictionary<string, StatementHandler> _handlers = new(StringComparer.Ordinal);
    private FrozenDictionary<string, StatementHandler>? _frozen;

    public static StatementRegistry Default { get; } = CreateDefault();

    public IEnumerable<string> Names => _handlers.Keys;

    private static StatementRegistry CreateDefault()
    {
        var registry = new StatementRegistry();
        foreach (var register in StatementFamilies.All)
            register(registry);
        registry._frozen = registry._handlers.ToFrozenDictionary(StringComparer.Ordinal);
        return registry;
    }

    public void Add(string keyword, StatementHandler handler)
    {
        if (_frozen is not null)
            throw new InvalidOperationException("The statement registry is complete; handlers are added while it is built.");
        if (StatementCatalog.Find(keyword) is null)
            throw new InvalidOperationException($"The statement '{keyword}' is not in StatementCatalog; add it there first.");
        if (!_handlers.TryAdd(keyword, handler))
            throw new InvalidOperationException($"The statement '{keyword}' is registered twice.");
    }

    public StatementHandler? Find(string keyword) =>
        (_frozen ?? (IReadOnlyDictionary<string, StatementHandler>)_handlers).GetValueOrDefault(keyword);
}
