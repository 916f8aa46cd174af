using Platform.Engine.Runtime.Filters;

namespace Platform.Engine.Tests.Runtime.Examples;

/// <summary>
/// A fact that runs once the runtime has the filters it names, and is reported as skipped (with the missing names)
/// until then: the example tasks need filters that other parts of the runtime provide.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactNeedingFiltersAttribute : FactAttribute
{
    public FactNeedingFiltersAttribute(params string[] filters)
    {
        Filters = filters;
        var missing = filters.Where(name => FilterRegistry.Default.Find(name) is null).ToList();
        if (missing.Count > 0)
            Skip = $"Needs the filters {string.Join(", ", missing)}, which this runtime does not have yet.";
    }

    public IReadOnlyList<string> Filters { get; }
}
