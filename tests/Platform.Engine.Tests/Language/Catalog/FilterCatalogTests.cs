using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Engine.Language.Catalog;

namespace Platform.Engine.Tests.Language.Catalog;

public sealed class FilterCatalogTests
{
    // Reference Appendix A: the value filters the official validator (LS-B) accepts.
    private static readonly string[] ValueFilters =
    [
        "abs", "acos", "acosh", "add", "add_ms_to_timestamp", "add_secs_to_timestamp", "addslashes", "append", "array_max",
        "array_min", "asin", "asinh", "atan", "atanh", "avg", "base64_decode", "base64_decode_urlsafe", "base64_encode",
        "base64_encode_urlsafe", "base_convert", "bin2hex", "bindec", "bitwise_and", "bitwise_not", "bitwise_or", "bitwise_xor",
        "capitalize", "ceil", "concat", "contains", "convert_encoding", "cos", "count", "create_object",
        "create_object_from_entries", "create_uid", "csv_create", "csv_decode", "csv_encode", "csv_parse", "decbin", "dechex",
        "decoct", "decrypt", "deg2rad", "detect_encoding", "diff", "diff_assoc", "divide", "encrypt", "ends_with", "entries",
        "equals", "escape", "even", "every", "exp", "fill", "fill_keys", "filter", "filter_empty", "filter_empty_array",
        "filter_empty_object", "filter_empty_text", "filter_false", "filter_null", "filter_zero", "find", "findIndex", "first",
        "first_notempty", "first_notnull", "flatten", "floor", "format_timestamp", "from_utf8", "get", "greater_than",
        "greater_than_or_equal", "has", "hex2bin", "hexdec", "hmac_md5", "hmac_sha1", "hmac_sha256", "hmac_sha384",
        "hmac_sha512", "icontains", "iends_with", "iindex", "in", "index", "index_by", "intersect", "intersect_assoc",
        "is_array", "is_bool", "is_decimal", "is_empty", "is_int", "is_null", "is_object", "is_text", "is_uuid", "istarts_with",
        "join", "json_decode", "json_encode", "jwe_decode", "jwe_encode", "jws_decode", "jws_encode", "keys", "last",
        "less_than", "less_than_or_equal", "list_encodings", "ln", "log", "log10", "ltrim", "map", "max", "md5", "merge",
        "merge_recursive", "min", "modulus", "multiply", "not", "not_equals", "number_format", "octdec", "odd",
        "parse_timestamp", "pick", "pop", "pow", "prepend", "product", "push", "querystring_parse", "rad2deg", "range", "reduce",
        "regex_get_all_matches", "regex_get_first_match", "regex_matches", "regex_quote", "regex_replace", "remove", "replace",
        "reverse", "round", "rtrim", "safe_array", "secureid_decode", "secureid_encode", "set", "set_conditional",
        "set_ifnotempty", "set_ifnotnull", "sha1", "sha256", "sha384", "sha512", "shift", "shuffle", "sin", "slice", "some",
        "sort", "split", "sprintf", "sql_alias", "sql_esc", "sqrt", "starts_with", "strip_html", "strlen", "substr", "subtract",
        "sum", "tan", "text_escape", "text_unescape", "to_bool", "to_days", "to_decimal", "to_expr", "to_hours", "to_int",
        "to_lower", "to_minutes", "to_ms", "to_seconds", "to_text", "to_timestamp", "to_upper", "to_utf8", "transform",
        "transform_timestamp", "trim", "unaccent", "unique", "unpick", "unset", "unshift", "url_addarg", "url_decode",
        "url_decode_rfc3986", "url_delarg", "url_encode", "url_encode_rfc3986", "url_getarg", "url_hasarg", "url_parse", "uuid",
        "values", "xml_decode", "yaml_decode", "yaml_encode",
    ];

    // Reference Appendix A: the query-mode filters of LS-B.
    private static readonly string[] QueryFilters =
    [
        "add", "between", "ceil", "coalesce", "concat", "cosine_distance", "cosine_similarity", "covers", "distance", "div",
        "floor", "inner_product", "l1_distance_manhattan", "l2_distance_euclidean", "length", "mul", "negative_inner_product",
        "round", "search_rank", "sub", "substr", "timestamp_add_days", "timestamp_add_hours", "timestamp_add_minutes",
        "timestamp_add_months", "timestamp_add_seconds", "timestamp_add_years", "timestamp_day_of_month",
        "timestamp_day_of_week", "timestamp_day_of_year", "timestamp_epoch_day", "timestamp_epoch_hour",
        "timestamp_epoch_minute", "timestamp_epoch_sec", "timestamp_hour", "timestamp_minute", "timestamp_month",
        "timestamp_subtract_days", "timestamp_subtract_hours", "timestamp_subtract_minutes", "timestamp_subtract_months",
        "timestamp_subtract_seconds", "timestamp_subtract_years", "timestamp_week", "timestamp_year", "to_lower", "to_upper",
        "unaccent", "within",
    ];

    // Reference Appendix A: the JavaScript filters known to the engine but not to LS-B.
    private static readonly string[] LambdaFilters =
    [
        "lambda", "lambda_map", "lambda_filter", "lambda_some", "lambda_every", "lambda_find", "lambda_findIndex",
        "lambda_reduce",
    ];

    // Query filters that are also deprecated value aliases (§8.12).
    private static readonly string[] QueryNamesThatAreAliases = ["sub", "mul", "div"];

    [Fact]
    public void Find_EveryValueFilterOfTheValidator_IsADirectEntryUsableOnValues()
    {
        var missing = ValueFilters
            .Where(name => FilterCatalog.Find(name) is not { Context: FilterContext.Value or FilterContext.Both } filter || filter.Name != name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Find_EveryQueryFilterOfTheValidator_IsADirectEntryUsableInQueries()
    {
        var missing = QueryFilters
            .Where(name => FilterCatalog.Find(name) is not { Context: FilterContext.Query or FilterContext.Both } filter || filter.Name != name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Find_LambdaFilters_ExistAndAreNotSupported()
    {
        foreach (var name in LambdaFilters)
        {
            var filter = FilterCatalog.Find(name);
            Assert.NotNull(filter);
            Assert.Equal(name, filter.Name);
            Assert.False(filter.Supported, name);
            Assert.Null(filter.ExampleResult);
        }
    }

    [Fact]
    public void All_HoldsExactlyTheListedNames()
    {
        var expected = ValueFilters.Concat(QueryFilters).Concat(LambdaFilters).ToHashSet(StringComparer.Ordinal);
        var actual = FilterCatalog.All.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(actual.Except(expected));
        Assert.Empty(expected.Except(actual));
    }

    [Fact]
    public void All_Context_FollowsTheListsANameIsIn()
    {
        // A name in both lists is one entry usable in both modes; timestamp_* are query filters in LS-B but are
        // accepted on values too (reference §8.8).
        static FilterContext Expected(string name)
        {
            var isValue = ValueFilters.Contains(name) || LambdaFilters.Contains(name) || name.StartsWith("timestamp_", StringComparison.Ordinal);
            var isQuery = QueryFilters.Contains(name);
            return isValue && isQuery ? FilterContext.Both : isQuery ? FilterContext.Query : FilterContext.Value;
        }

        var wrong = FilterCatalog.All.Where(f => f.Context != Expected(f.Name)).Select(f => f.Name).ToList();

        Assert.Empty(wrong);
        Assert.Equal(FilterContext.Both, FilterCatalog.Find("round")?.Context);
        Assert.Equal(FilterContext.Query, FilterCatalog.Find("between")?.Context);
    }

    [Fact]
    public void All_QueryOnlyFilters_BelongToTheQueryOrTimestampFamily()
    {
        var queryOnly = FilterCatalog.All.Where(f => f.Context == FilterContext.Query).ToList();

        Assert.NotEmpty(queryOnly);
        Assert.All(queryOnly, f => Assert.Contains(f.Family, new[] { FilterFamily.Query, FilterFamily.Timestamp }));
    }

    [Fact]
    public void All_EverySummary_IsOneLineEndingWithAPeriod()
    {
        Assert.All(FilterCatalog.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Summary), f.Name);
            Assert.EndsWith(".", f.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', f.Summary);
            Assert.All(f.Parameters, p => Assert.EndsWith(".", p.Summary, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void All_EveryExample_AppliesItsOwnFilter()
    {
        Assert.All(FilterCatalog.All, f =>
            Assert.Matches(new Regex(@"\|\s*" + Regex.Escape(f.Name) + @"(?![A-Za-z0-9_])", RegexOptions.None, TimeSpan.FromSeconds(1)), f.Example));
    }

    [Fact]
    public void All_SupportedFilters_HaveAJsonResultAndUnsupportedOnesNone()
    {
        Assert.All(FilterCatalog.All, f =>
        {
            if (!f.Supported)
            {
                Assert.Null(f.ExampleResult);
                return;
            }

            Assert.NotNull(f.ExampleResult);
            using var json = JsonDocument.Parse(f.ExampleResult);
        });
    }

    [Fact]
    public void All_FiltersThatNeedNoInput_AreWrittenInParenthesesInTheirExample()
    {
        var noInput = FilterCatalog.All.Where(f => f.NeedsNoInput).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["create_uid", "list_encodings", "range", "uuid"], noInput);
        Assert.All(FilterCatalog.All, f =>
            Assert.Equal(f.NeedsNoInput, f.Example.StartsWith("(|" + f.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void All_Parameters_AreUniqueWithOptionalAndVariadicOnesLast()
    {
        Assert.All(FilterCatalog.All, f =>
        {
            Assert.Equal(f.Parameters.Count, f.Parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
            var firstOptional = f.Parameters.TakeWhile(p => !p.Optional && !p.Variadic).Count();
            Assert.All(f.Parameters.Skip(firstOptional), p => Assert.True(p.Optional || p.Variadic, $"{f.Name}:{p.Name}"));
            Assert.All(f.Parameters.SkipLast(1), p => Assert.False(p.Variadic, $"{f.Name}:{p.Name}"));
        });
    }

    [Fact]
    public void AllAliases_ResolveToACatalogFilterWithoutShadowingOne()
    {
        Assert.NotEmpty(FilterCatalog.AllAliases);
        Assert.All(FilterCatalog.AllAliases, alias =>
        {
            Assert.NotNull(FilterCatalog.Find(alias.Name));
            Assert.Equal(alias.Target, FilterCatalog.Find(alias.Target)?.Name);
            var shadowsAFilter = FilterCatalog.All.Any(f => f.Name == alias.Name);
            Assert.Equal(QueryNamesThatAreAliases.Contains(alias.Name), shadowsAFilter);
        });
    }

    [Theory]
    [InlineData("num_min", "min")]
    [InlineData("array_push", "push")]
    [InlineData("to_epochms", "to_timestamp")]
    [InlineData("mod", "modulus")]
    [InlineData("null", "is_null")]
    public void Find_DeprecatedAlias_ReturnsTheCurrentFilter(string alias, string target)
    {
        Assert.Equal(target, FilterCatalog.Find(alias)?.Name);
    }

    [Fact]
    public void Find_QueryFilterThatIsAlsoAnAlias_PrefersTheQueryFilter()
    {
        var sub = FilterCatalog.Find("sub");

        Assert.Equal(FilterContext.Query, sub?.Context);
        Assert.Equal("sub", sub?.Name);
        Assert.Equal("subtract", FilterCatalog.FindAlias("sub")?.Target);
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        Assert.Null(FilterCatalog.Find("default"));
        Assert.Null(FilterCatalog.Find("sinh"));
    }

    [Theory]
    [InlineData("abs", "abs")]
    [InlineData("substr", "substr:start:length?")]
    [InlineData("sprintf", "sprintf:values...")]
    [InlineData("sort", "sort:path?:type?:descending?")]
    [InlineData("fill", "fill:start:count")]
    [InlineData("reduce", "reduce:expression:initial?")]
    public void Signature_MarksOptionalAndVariadicParameters(string name, string expected)
    {
        Assert.Equal(expected, FilterCatalog.Find(name)?.Signature);
    }

    [Fact]
    public void ArgumentCounts_FollowTheParameters()
    {
        var substr = FilterCatalog.Find("substr")!;
        var sprintf = FilterCatalog.Find("sprintf")!;

        Assert.Equal((1, 2), (substr.MinArguments, substr.MaxArguments));
        Assert.Equal(0, sprintf.MinArguments);
        Assert.Null(sprintf.MaxArguments);
    }
}
