using Platform.Engine.Language.Catalog;
using Platform.Engine.Language.Diagnostics;
using Platform.Engine.Language.Syntax;

namespace Platform.Engine.Language.Binding;

internal sealed partial class ScriptChecker
{
    // Filters whose arguments are bare key names: |pick:[id, name].
    private static readonly HashSet<string> BareWordFilters = new(StringComparer.Ordinal) { "pick", "unpick" };

    // Higher-order filters that, given a text argument, run it as JavaScript (older exports): |map:'return …'.
    private static readonly HashSet<string> ExpressionFilters = new(StringComparer.Ordinal)
    {
        "map", "filter", "some", "every", "find", "findIndex", "reduce",
    };

    private int _bareWordsAllowed;

    public override void VisitExpression(ExpressionNode expression)
    {
        switch (expression)
        {
            case MemberAccessExpression column when !_queryMode && IsColumn(column):
                Report(DiagnosticCatalog.DbColumnOutsideQuery.Create(column.Span, PathText(column)));
                return;
            case LiteralExpression { Kind: LiteralKind.Timestamp, Value: DateTimeOffset value } timestamp when !_inSchedule:
                Report(DiagnosticCatalog.TimestampOutsideSchedule.Create(timestamp.Span, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)));
                return;
            case IdentifierExpression identifier when _bareWordsAllowed == 0:
                Report(DiagnosticCatalog.BareWord.Create(identifier.Span, identifier.Name));
                return;
            case FilterExpression filtered:
                CheckFilterChain(filtered);
                return;
        }
        base.VisitExpression(expression);
    }

    private void CheckFilterChain(FilterExpression filtered)
    {
        if (filtered.Input is { } input)
            VisitExpression(input);
        else if (filtered.Filters is [var first, ..] && Resolve(first.Name, _queryMode) is { NeedsNoInput: false })
            Report(DiagnosticCatalog.FilterNeedsInput.Create(first.NameSpan, first.Name));
        var onColumn = _queryMode && filtered.Input is { } root && IsColumn(root);
        foreach (var filter in filtered.Filters)
        {
            if (!(onColumn && _inAggregate && FilterCatalog.AggregateFunctions.Contains(filter.Name)))
                CheckFilter(filter, onColumn);
            var bareWords = BareWordFilters.Contains(filter.Name);
            _bareWordsAllowed += bareWords ? 1 : 0;
            foreach (var argument in filter.Arguments)
            {
                if (_queryMode && argument is BinaryExpression { Operator: var op } comparison && OperatorFacts.PrecedenceOf(op) is 50 or 60)
                    Report(DiagnosticCatalog.ComparisonInFilterArgument.Create(comparison.OperatorSpan, filter.Name, OperatorFacts.TextOf(op)));
                VisitExpression(argument);
            }
            _bareWordsAllowed -= bareWords ? 1 : 0;
        }
    }

    private static bool IsColumn(ExpressionNode expression) =>
        Variables.RootOf(expression) is { Name: "$db" };

    /// <summary>A member path as written, such as <c>$db.user.email</c>.</summary>
    private static string PathText(ExpressionNode expression) => expression switch
    {
        VariableExpression variable => variable.Name,
        MemberAccessExpression member => PathText(member.Target) + "." + member.Member,
        IndexExpression index => PathText(index.Target) + "[…]",
        _ => "…",
    };

    private void CheckFilter(FilterCall filter, bool onColumn)
    {
        if (filter.Name.Length == 0)
            return;
        if (ExpressionFilters.Contains(filter.Name) && filter.Arguments is [LiteralExpression { IsText: true }, ..])
        {
            Report(DiagnosticCatalog.NotSupported.Create(filter.NameSpan, $"|{filter.Name} with JavaScript"));
            return;
        }
        var schema = Resolve(filter.Name, _queryMode);
        if (schema is null)
        {
            Report(DiagnosticCatalog.UnknownFilter.Create(filter.NameSpan, filter.Name, NameSuggestion.Hint(filter.Name, KnownFilterNames())));
            return;
        }
        if (!schema.Supported)
            Report(DiagnosticCatalog.NotSupported.Create(filter.NameSpan, "|" + filter.Name));
        if (schema.Context == FilterContext.Query && !_queryMode)
            Report(DiagnosticCatalog.QueryFilterOutsideQuery.Create(filter.NameSpan, filter.Name));
        else if (onColumn && schema.Context == FilterContext.Value)
            Report(DiagnosticCatalog.ValueFilterOnColumn.Create(filter.NameSpan, filter.Name));
        var count = filter.Arguments.Count;
        if (count < schema.MinArguments || (schema.MaxArguments is { } max && count > max))
            Report(DiagnosticCatalog.FilterArity.Create(filter.NameSpan, filter.Name, ValueDescriptions.ArgumentCount(schema), ValueDescriptions.Given(count)));
        if (filter.Disabled)
            Report(DiagnosticCatalog.DisabledFilterArgument.Create(filter.NameSpan, filter.Name));
    }

    /// <summary>
    /// A name means the filter of that name where it fits the mode; otherwise what its deprecated alias means
    /// (<c>sub</c> is a query filter, and in values the old name of <c>subtract</c>).
    /// </summary>
    // Only current names: a hint never suggests an old alias.
    private static IEnumerable<string> KnownFilterNames() => FilterCatalog.All.Select(f => f.Name).Order(StringComparer.Ordinal);

    private static FilterSchema? Resolve(string name, bool queryMode)
    {
        var direct = FilterCatalog.Find(name);
        var fitsMode = direct is not null && (direct.Context == FilterContext.Both || (direct.Context == FilterContext.Query) == queryMode);
        if (fitsMode)
            return direct;
        return FilterCatalog.FindAlias(name) is { } alias ? FilterCatalog.Find(alias.Target) ?? direct : direct;
    }

    public override void VisitInputField(InputField field)
    {
        var allowed = InputFilters.For(field);
        foreach (var filter in field.Filters.Where(f => !allowed.Contains(f.Name)))
        {
            var expected = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
            Report(DiagnosticCatalog.UnknownInputFilter.Create(filter.NameSpan, filter.Name, field.Type, expected));
        }
        // A default may be a bare word: text sort?=asc (reference §3.8).
        _bareWordsAllowed++;
        base.VisitInputField(field);
        _bareWordsAllowed--;
    }
}
