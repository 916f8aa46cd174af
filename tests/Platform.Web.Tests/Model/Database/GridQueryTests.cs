using Platform.Data.Tables;
using Platform.Engine.Runtime.Ports;
using Platform.Engine.Runtime.Values;
using Platform.Web.Model.Database;
using Radzen;

namespace Platform.Web.Tests.Model.Database;

public sealed class GridQueryTests
{
    private static readonly TableDocument Products = new(1, 1, "products", null,
    [
        new FieldDefinition(1, "name", FieldType.Text, false, true, false, null, false, false, [], null, null, 0, null),
        new FieldDefinition(2, "price", FieldType.Decimal, false, true, false, null, false, false, [], null, null, 1, null),
        new FieldDefinition(3, "seen_at", FieldType.Timestamp, false, true, false, null, false, false, [], null, null, 2, null),
    ], [], DateTime.UtcNow, Guid.NewGuid());

    [Fact]
    public void From_NoFiltersOrSorts_AllRecordsByIdInTheGridsWindow()
    {
        var request = GridQuery.From(new LoadDataArgs { Skip = 50, Top = 25 }, Products, TimeZoneInfo.Utc).Value!;

        Assert.Null(request.Where);
        Assert.Equal([new SortKey("id", SortDirection.Ascending)], request.Sort);
        Assert.Equal((50, 25), (request.Skip, request.Take));
    }

    [Fact]
    public void From_Sorts_KeepTheirOrderWithIdLast()
    {
        var request = GridQuery.From(new LoadDataArgs
        {
            Sorts = [new SortDescriptor { Property = "price", SortOrder = SortOrder.Descending }, new SortDescriptor { Property = "name", SortOrder = SortOrder.Ascending }],
        }, Products, TimeZoneInfo.Utc).Value!;

        Assert.Equal(["price", "name", "id"], request.Sort.Select(s => s.Field));
        Assert.Equal(SortDirection.Descending, request.Sort[0].Direction);
    }

    [Fact]
    public void From_TwoFilters_AllOfThem()
    {
        var request = GridQuery.From(new LoadDataArgs
        {
            Filters =
            [
                new FilterDescriptor { Property = "price", FilterValue = 10.0, FilterOperator = FilterOperator.GreaterThanOrEquals },
                new FilterDescriptor { Property = "name", FilterOperator = FilterOperator.IsNotNull },
            ],
        }, Products, TimeZoneInfo.Utc).Value!;

        var all = Assert.IsType<AllCondition>(request.Where);
        var price = Assert.IsType<ComparisonCondition>(all.Conditions[0]);
        Assert.Equal(QueryOperator.GreaterOrEqual, price.Operator);
        Assert.Equal(XsValue.Decimal(10), Assert.IsType<ValueOperand>(price.Right).Value);
        Assert.Equal(QueryOperator.NotEqual, Assert.IsType<ComparisonCondition>(all.Conditions[1]).Operator);
    }

    [Fact]
    public void From_SecondFilterWithOr_AnyOfTheTwo()
    {
        var request = GridQuery.From(new LoadDataArgs
        {
            Filters =
            [
                new FilterDescriptor
                {
                    Property = "price", FilterValue = 1.0, FilterOperator = FilterOperator.LessThan,
                    SecondFilterValue = 100.0, SecondFilterOperator = FilterOperator.GreaterThan, LogicalFilterOperator = LogicalFilterOperator.Or,
                },
            ],
        }, Products, TimeZoneInfo.Utc).Value!;

        Assert.Equal(2, Assert.IsType<AnyCondition>(request.Where).Conditions.Count);
    }

    [Fact]
    public void From_DateFilter_ReadsTheDateInTheUsersZone()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var request = GridQuery.From(new LoadDataArgs
        {
            Filters = [new FilterDescriptor { Property = "seen_at", FilterValue = new DateTime(2026, 1, 15, 10, 0, 0), FilterOperator = FilterOperator.GreaterThan }],
        }, Products, paris).Value!;

        var value = Assert.IsType<ValueOperand>(Assert.IsType<ComparisonCondition>(request.Where).Right).Value;
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), value.AsInt);
    }

    [Fact]
    public void From_ContainsIsCaseInsensitiveAndLiteral()
    {
        var request = GridQuery.From(new LoadDataArgs
        {
            Filters = [new FilterDescriptor { Property = "name", FilterValue = "50%", FilterOperator = FilterOperator.Contains }],
        }, Products, TimeZoneInfo.Utc).Value!;

        Assert.Equal(QueryOperator.Includes, Assert.IsType<ComparisonCondition>(request.Where).Operator);
    }

    [Fact]
    public void From_UnknownColumnOrUnsupportedOperator_ProblemNamesIt()
    {
        var unknown = GridQuery.From(new LoadDataArgs { Filters = [new FilterDescriptor { Property = "colour", FilterValue = "red" }] }, Products, TimeZoneInfo.Utc);
        var startsWith = GridQuery.From(new LoadDataArgs
        {
            Filters = [new FilterDescriptor { Property = "name", FilterValue = "a", FilterOperator = FilterOperator.StartsWith }],
        }, Products, TimeZoneInfo.Utc);

        Assert.Equal("The table 'products' has no column 'colour' to filter on.", unknown.Problem?.Message);
        Assert.Contains("'StartsWith' on column 'name' is not supported", startsWith.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_EmptyFilterValue_NoCondition()
    {
        var request = GridQuery.From(new LoadDataArgs { Filters = [new FilterDescriptor { Property = "name", FilterValue = "", FilterOperator = FilterOperator.Contains }] }, Products, TimeZoneInfo.Utc);

        Assert.Null(request.Value!.Where);
    }
}
