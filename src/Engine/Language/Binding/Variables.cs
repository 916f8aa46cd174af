using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

/// <summary>Facts about variable names.</summary>
public static class Variables
{
    /// <summary>Names the engine provides; scripts read them but cannot assign them (reference §2.4).</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "$response", "$output", "$input", "$auth", "$env", "$db", "$this", "$result", "$index", "$parent", "$error",
        "$$", "$tenant", "$remote_ip", "$http_headers", "$request_method", "$request_uri", "$datasource", "$branch",
    };

    /// <summary>Always readable: the engine fills them.</summary>
    public static readonly IReadOnlySet<string> Provided = new HashSet<string>(StringComparer.Ordinal)
    {
        "$input", "$auth", "$env", "$db", "$this", "$$", "$index", "$parent", "$result", "$response", "$output", "$var",
    };

    /// <summary>The stack variable an expression names: <c>$x</c>, the long form <c>$var.x</c>, or the root of a path.</summary>
    public static (string Name, SyntaxNode Node)? RootOf(ExpressionNode expression) => expression switch
    {
        VariableExpression variable => (variable.Name, variable),
        MemberAccessExpression { Target: VariableExpression { Name: "$var" } } longForm => ("$" + longForm.Member, longForm),
        MemberAccessExpression member => RootOf(member.Target),
        IndexExpression index => RootOf(index.Target),
        _ => null,
    };
}
