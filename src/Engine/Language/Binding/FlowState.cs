namespace Platform.Engine.Language.Binding;

/// <summary>
/// The variables definitely assigned at a point of the stack. A branch shares its parent's state and records only
/// what it adds, so following thousands of branches costs no copies. An unreachable state (after return or throw)
/// counts as having everything, so it never weakens the merge of the paths that do continue.
/// </summary>
internal sealed class FlowState
{
    private readonly FlowState? _parent;
    private HashSet<string>? _added;

    private FlowState(FlowState? parent, bool unreachable)
    {
        _parent = parent;
        Unreachable = unreachable;
    }

    public bool Unreachable { get; private set; }

    public static FlowState Start() => new(null, false);

    /// <summary>A path that starts here and may or may not run (a branch, a loop body, a catch).</summary>
    public FlowState Branch() => new(this, Unreachable);

    public bool IsAssigned(string name) =>
        Unreachable || (_added?.Contains(name) ?? false) || (_parent?.IsAssigned(name) ?? false);

    public void Assign(string name) => (_added ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public void EndPath() => Unreachable = true;

    /// <summary>Continues from what held after alternative branches of this state: what every reachable one assigned.</summary>
    public void ContinueFrom(IReadOnlyList<FlowState> branches)
    {
        var reachable = branches.Where(b => !b.Unreachable).ToList();
        if (reachable.Count == 0)
        {
            EndPath();
            return;
        }
        if (reachable.Any(b => b._added is null))
            return;
        var common = new HashSet<string>(reachable[0]._added!, StringComparer.Ordinal);
        foreach (var branch in reachable.Skip(1))
            common.IntersectWith(branch._added!);
        foreach (var name in common)
            Assign(name);
    }
}
