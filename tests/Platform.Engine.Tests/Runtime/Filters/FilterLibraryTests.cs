using Platform.Engine.Language.Catalog;
using Platform.Engine.Runtime.Execution;
using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Tests.Runtime.Filters;

/// <summary>
/// The filter library against its cases and its catalog: every case file line holds, every documented example
/// gives its documented result, and every registered filter has metadata and at least two cases of its own.
/// </summary>
public sealed class FilterLibraryTests
{
    public static TheoryData<string> Cases() => [.. FilterCase.All.Select(c => c.Id)];

    public static TheoryData<string> DocumentedFilters() =>
    [
        .. FilterRegistry.Default.Names
            .Where(name => FilterCatalog.Find(name)?.ExampleResult is not null)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_Expression_GivesExpectedValue(string id)
    {
        var filterCase = FilterCase.Find(id);
        if (filterCase.ExpectsError)
        {
            var error = Assert.Throws<ScriptErrorException>(() => TestRuns.Evaluate(filterCase.Expression));
            Assert.Contains(filterCase.ExpectedError, error.Error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(filterCase.Expected, ValueDisplay.Format(TestRuns.Evaluate(filterCase.Expression)));
        }
    }

    [Theory]
    [MemberData(nameof(DocumentedFilters))]
    public void Filter_DocumentedExample_GivesDocumentedResult(string name)
    {
        var schema = FilterCatalog.Find(name)!;
        var expected = JsonValues.Parse(schema.ExampleResult!);
        var actual = TestRuns.Evaluate(schema.Example);
        Assert.True(SameJson(expected, actual), $"{schema.Example} gave {ValueDisplay.Format(actual)}, documented {schema.ExampleResult}.");
    }

    [Fact]
    public void EveryRegisteredFilter_HasMetadataAndTwoCases()
    {
        var casesPerFilter = FilterCase.All
            .SelectMany(c => c.FilterNames().Distinct())
            .CountBy(name => name)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        var lacking = FilterRegistry.Default.Names
            .Where(name => FilterCatalog.Find(name) is not { Summary.Length: > 0, Example.Length: > 0 } || casesPerFilter.GetValueOrDefault(name) < 2)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(lacking.Count == 0, "Filters without metadata or without two cases: " + string.Join(", ", lacking));
    }

    [Fact]
    public void EverySupportedValueFilter_IsRegistered()
    {
        var missing = FilterCatalog.All
            .Where(f => f.Supported && f.Context != FilterContext.Query && !FilterRegistry.Default.Contains(f.Name))
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} supported filters are not registered: " + string.Join(", ", missing));
    }

    // Documented results are plain JSON: numbers compare by value (3 and 3.0 agree), a timestamp by its epoch ms
    // or its ISO text.
    private static bool SameJson(XsValue expected, XsValue actual) => (expected.Kind, actual.Kind) switch
    {
        (ValueKind.Int or ValueKind.Decimal, ValueKind.Int or ValueKind.Decimal or ValueKind.Timestamp) =>
            Math.Abs(expected.ToDouble() - actual.ToDouble()) <= 1e-9 * Math.Max(1, Math.Abs(expected.ToDouble())),
        (ValueKind.Text, ValueKind.Timestamp) => expected.AsText == ValueDisplay.FormatTimestamp(actual.AsInt),
        (ValueKind.Array, ValueKind.Array) => expected.AsArray.Count == actual.AsArray.Count
            && expected.AsArray.Zip(actual.AsArray).All(pair => SameJson(pair.First, pair.Second)),
        (ValueKind.Object, ValueKind.Object) => expected.AsObject.Count == actual.AsObject.Count
            && expected.AsObject.All(entry => actual.AsObject.TryGet(entry.Key, out var value) && SameJson(entry.Value, value)),
        _ => expected == actual,
    };
}
