namespace Platform.Engine.Language.Catalog;

/// <summary>Where a filter may be used: on ordinary values, on <c>$db</c> columns in query mode, or both.</summary>
public enum FilterContext
{
    Value,
    Query,
    Both,
}

/// <summary>A filter family, for grouping in docs and completion.</summary>
public enum FilterFamily
{
    Math,
    Comparison,
    Text,
    Array,
    HigherOrder,
    Object,
    Conversion,
    Timestamp,
    Security,
    Query,
}

/// <summary>One argument of a filter (<c>input|name:arg1:arg2</c>).</summary>
public sealed record FilterParameter(string Name, string Summary, bool Optional = false, bool Variadic = false);

/// <summary>
/// Everything the analyzer, completion, hover and docs know about one filter. <see cref="Example"/> is a
/// complete XanoScript expression and <see cref="ExampleResult"/> its value written as JSON, so the runtime
/// can run every documented example as a test.
/// </summary>
public sealed record FilterSchema(
    string Name,
    FilterFamily Family,
    FilterContext Context,
    IReadOnlyList<FilterParameter> Parameters,
    string Summary,
    string Example,
    string? ExampleResult,
    bool NeedsNoInput = false,
    bool Supported = true)
{
    /// <summary>Arguments that must be given.</summary>
    public int MinArguments => Parameters.Count(p => !p.Optional && !p.Variadic);

    /// <summary>Most arguments allowed, or null when the last parameter takes any number.</summary>
    public int? MaxArguments => Parameters.Any(p => p.Variadic) ? null : Parameters.Count;

    /// <summary><c>name:param1:param2?</c>, as completion and hover show it.</summary>
    public string Signature =>
        Parameters.Count == 0
            ? Name
            : Name + string.Concat(Parameters.Select(p => ":" + p.Name + (p.Variadic ? "..." : p.Optional ? "?" : "")));
}

/// <summary>An old filter name that still works and means another filter.</summary>
public sealed record FilterAlias(string Name, string Target);
