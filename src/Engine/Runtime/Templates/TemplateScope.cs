using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>
/// The variables a template sees: its own (set, for, loop), innermost loop first, then the run's. A for loop has a
/// scope of its own, as in Twig: a variable first set inside the loop (and the loop variables) is gone after
/// endfor, while one that existed before the loop keeps what the loop set.
/// </summary>
internal sealed class TemplateScope(ITemplateHost host)
{
    private readonly List<Dictionary<string, XsValue>> _frames = [new(StringComparer.Ordinal)];

    /// <summary>Names are read with or without a leading $: <c>$var.user</c> and <c>var.user</c> are the same.</summary>
    public static string Normalize(string name) => name.StartsWith('$') ? name[1..] : name;

    /// <summary>{% set %}: updates the innermost scope that has the name, else creates it in the current one.</summary>
    public void Set(string name, XsValue value)
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].ContainsKey(name))
            {
                _frames[i][name] = value;
                return;
            }
        }
        _frames[^1][name] = value;
    }

    /// <summary>A loop variable: always the current scope's own, hiding any outer one.</summary>
    public void Define(string name, XsValue value) => _frames[^1][name] = value;

    public bool TryGet(string name, out XsValue value)
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].TryGetValue(name, out value))
                return true;
        }
        return host.TryGetVariable(name, out value);
    }

    public void Push() => _frames.Add(new Dictionary<string, XsValue>(StringComparer.Ordinal));

    public void Pop() => _frames.RemoveAt(_frames.Count - 1);
}
