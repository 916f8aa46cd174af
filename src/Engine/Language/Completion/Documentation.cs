using System.Text;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Language.Completion;

/// <summary>Markdown for completion details and hovers, from the catalogs' summaries and examples.</summary>
public static class Documentation
{
    public static string ForStatement(StatementSchema statement)
    {
        var builder = new StringBuilder();
        builder.Append("**").Append(statement.Name).Append("** — ").Append(statement.Summary).Append("\n\n");
        if (statement.Support == StatementSupport.NotSupported)
            builder.Append("_Not supported by this server._\n\n");
        if (statement.Support == StatementSupport.TestOnly)
            builder.Append("_Only inside tests._\n\n");
        builder.Append("```xanoscript\n").Append(statement.Example).Append("\n```\n");
        var attributes = statement.Attributes.Where(a => a.Name is not ("description" or "disabled" or "mock")).ToList();
        if (attributes.Count > 0)
        {
            builder.Append('\n');
            foreach (var attribute in attributes)
                builder.Append("- `").Append(attribute.Name).Append("` ").Append(AttributeDetail(attribute)).Append(" — ").Append(attribute.Summary).Append('\n');
        }
        return builder.ToString();
    }

    public static string ForFilter(FilterSchema filter)
    {
        var builder = new StringBuilder();
        builder.Append("**|").Append(filter.Signature).Append("** — ").Append(filter.Summary).Append("\n\n");
        if (!filter.Supported)
            builder.Append("_Not supported by this server._\n\n");
        if (filter.Context == FilterContext.Query)
            builder.Append("_Only in queries (where, eval)._\n\n");
        foreach (var parameter in filter.Parameters)
            builder.Append("- `").Append(parameter.Name).Append('`').Append(parameter.Optional ? " (optional)" : "").Append(" — ").Append(parameter.Summary).Append('\n');
        builder.Append("\n```xanoscript\n").Append(filter.Example);
        if (filter.ExampleResult is { } result)
            builder.Append("   // ").Append(result);
        return builder.Append("\n```\n").ToString();
    }

    public static string AttributeDetail(AttributeSchema attribute)
    {
        var type = attribute.Type.ToString().ToLowerInvariant();
        return attribute.Required ? $"{type}, required"
            : attribute.Default is { } value ? $"{type}, default {value}"
            : $"{type}, optional";
    }
}
