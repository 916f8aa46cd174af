using Bunit;
using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;
using Platform.Tests.Shared;
using Platform.Web.Components.Dialogs;

namespace Platform.Web.Tests.Database;

public abstract class FieldDialogTests : DatabaseComponentTests
{
    [Fact]
    public async Task Add_ReservedName_MessageOnTheNameInput_NothingAdded()
    {
        var table = await GivenTableAsync("products");
        var cut = RenderDialog(table);

        cut.Find("[data-testid=field-name]").Input("id");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("id", cut.Find("[data-testid=field-message-name]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=field-error]"));
        Assert.Empty((await ReloadAsync(table)).Fields);
    }

    [Fact]
    public async Task Add_DuplicateName_MessageNamesTheExistingField()
    {
        var table = await GivenTableAsync("products", new FieldSpec("price", FieldType.Decimal));
        var cut = RenderDialog(table);

        cut.Find("[data-testid=field-name]").Input("PRICE");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal(
            "The table 'products' already has a field named 'price'. Choose another name.",
            cut.Find("[data-testid=field-message-name]").TextContent));
    }

    [Fact]
    public async Task Add_EnumWithoutValues_MessageOnTheValuesInput()
    {
        var table = await GivenTableAsync("products");
        var cut = RenderDialog(table);

        cut.Find("[data-testid=field-name]").Input("category");
        cut.Find("[data-testid=field-type]").Change(nameof(FieldType.Enum));
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=field-message-enumValues]").TextContent));
        Assert.Empty((await ReloadAsync(table)).Fields);
    }

    [Fact]
    public async Task Add_RequiredWithoutDefaultOnATableWithRecords_MessageOnTheRules()
    {
        var table = await GivenTableAsync("products", new FieldSpec("name", FieldType.Text));
        await AddRecordsAsync(table, "live", Record(("name", XsValue.Text("Abacus"))));
        var cut = RenderDialog(await ReloadAsync(table));

        cut.Find("[data-testid=field-name]").Input("sku");
        cut.Find("[data-testid=field-required]").Change(true);
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("1 record", cut.Find("[data-testid=field-message-rules]").TextContent));
    }

    [Fact]
    public async Task Add_ValidField_SavedWithItsRulesAndDefault()
    {
        var table = await GivenTableAsync("products");
        TableDocument? changed = null;
        var cut = RenderDialog(table, onChanged: t => changed = t);

        cut.Find("[data-testid=field-name]").Input("status");
        cut.Find("[data-testid=field-type]").Change(nameof(FieldType.Enum));
        // The enum values box appears once the type change has re-rendered the dialog.
        cut.WaitForState(() => cut.FindAll("[data-testid=field-enum-values]").Count == 1);
        cut.Find("[data-testid=field-enum-values]").Input("draft\npublished");
        cut.Find("[data-testid=field-default]").Input("draft");
        cut.Find("[data-testid=field-indexed]").Change(true);
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.NotNull(changed));
        var field = Assert.Single((await ReloadAsync(table)).Fields);
        Assert.Equal(("status", FieldType.Enum, "\"draft\"", true), (field.Name, field.Type, field.DefaultJson, field.IsIndexed));
        Assert.Equal(["draft", "published"], field.EnumValues);
    }

    [Fact]
    public async Task ChangeType_LosingValues_ShowsThePlanAndAppliesOnlyWhenConfirmed()
    {
        var table = await GivenTableAsync("products", new FieldSpec("qty", FieldType.Text));
        await AddRecordsAsync(table, "live", Record(("qty", XsValue.Text("12"))), Record(("qty", XsValue.Text("a dozen"))));
        table = await ReloadAsync(table);
        var cut = RenderDialog(table, table.Fields[0]);

        cut.Find("[data-testid=field-type]").Change(nameof(FieldType.Int));
        await cut.Find("form").SubmitAsync();

        var plan = cut.WaitForElement("[data-testid=type-change-plan]");
        Assert.Contains("from text to int converts 1 record, but 1 record cannot convert", plan.TextContent);
        Assert.Contains("a dozen", plan.TextContent);
        Assert.Equal(FieldType.Text, (await ReloadAsync(table)).Fields[0].Type);

        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=type-change-plan]")));
        Assert.Equal(FieldType.Int, (await ReloadAsync(table)).Fields[0].Type);
    }

    [Fact]
    public async Task Rename_ToAReservedName_MessageOnTheNameInput()
    {
        var table = await GivenTableAsync("products", new FieldSpec("price", FieldType.Decimal));
        var cut = RenderDialog(table, table.Fields[0]);

        cut.Find("[data-testid=field-name]").Input("created_at");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("created_at", cut.Find("[data-testid=field-message-name]").TextContent));
        Assert.Equal("price", (await ReloadAsync(table)).Fields[0].Name);
    }

    [Fact]
    public async Task Change_FieldDroppedInAnotherTab_RefusedAsStaleThenSaysTheFieldIsGone()
    {
        var table = await GivenTableAsync("products", new FieldSpec("price", FieldType.Decimal), new FieldSpec("name", FieldType.Text));
        var cut = RenderDialog(table, table.Fields[0]);
        Assert.True((await Tables.DropFieldAsync(Ada, WorkspaceId, table.Id, "price", confirmed: true, table.ConcurrencyStamp)).Succeeded);

        cut.Find("[data-testid=field-description]").Input("Unit price");
        await cut.Find("form").SubmitAsync();
        cut.WaitForAssertion(() => Assert.Contains(
            "The table 'products' was changed elsewhere since you opened it. It now shows the latest version: check it and apply your change again.",
            cut.Find("[data-testid=field-error]").TextContent, StringComparison.Ordinal));
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains(
            "The field 'price' is no longer in the table 'products': it was dropped elsewhere.", cut.Find("[data-testid=field-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(["name"], (await ReloadAsync(table)).Fields.Select(f => f.Name));
    }

    /// <summary>Renders the dialog and waits until it has loaded the workspace's tables, as a person would.</summary>
    private IRenderedComponent<FieldDialog> RenderDialog(TableDocument table, FieldDefinition? field = null, Action<TableDocument>? onChanged = null)
    {
        var cut = Render<FieldDialog>(p => p
            .Add(d => d.Table, table)
            .Add(d => d.Field, field)
            .Add(d => d.TableChanged, onChanged ?? (_ => { })));
        cut.WaitForElement("form[data-loaded=true]");
        return cut;
    }
}

public sealed class SqliteFieldDialogTests : FieldDialogTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFieldDialogTests(PostgresServer server) : FieldDialogTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync(server);
}
