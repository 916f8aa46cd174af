namespace Platform.Engine.Language.Binding;

/// <summary>
/// The variables definitely assigned at a point of the stack. An unreachable state (after return or throw)
/// counts as having everything, so it never weakens the merge of the paths that do continue.
/// </summary>
internal sealed class FlowState
{
    private readonly HashSet<string> _assigned;

    private FlowState(HashSet<string> assigned, bool unreachable)
    {
        _assigned = assigned;
        Unreachable = unreachable;
    }

    public bool Unreachable { get; private set; }

    public static FlowState Start() => new(new HashSet<string>(StringComparer.Ordinal), false);

    public FlowState Copy() => new(new HashSet<string>(_assigned, StringComparer.Ordinal), Unreachable);

    public bool IsAssigned(string name) => Unreachable || _assigned.Contains(name);

    public void Assign(string name) => _assigned.Add(name);

    public void EndPath() => Unreachable = true;

    /// <summary>Continues from what held after alternative paths (branches, cases, try and catch).</summary>
    public void ContinueFrom(IReadOnlyList<FlowState> paths)
    {
        var merged = Merge(paths);
        _assigned.Clear();
        _assigned.UnionWith(merged._assigned);
        Unreachable = merged.Unreachable;
    }

    /// <summary>What holds after any one of the paths ran.</summary>
    public static FlowState Merge(IReadOnlyList<FlowState> paths)
    {
        var reachable = paths.Where(p => !p.Unreachable).ToList();
        if (reachable.Count == 0)
            return new FlowState(new HashSet<string>(StringComparer.Ordinal), true);
        var merged = new HashSet<string>(reachable[0]._assigned, StringComparer.Ordinal);
        foreach (var path in reachable.Skip(1))
            merged.IntersectWith(path._assigned);
        return new FlowState(merged, false);
    }
}
