using Platform.Data.Tables;
using Platform.Engine.Runtime.Values;
using Platform.Web.Model.Database;

namespace Platform.Web.Tests.Model.Database;

public sealed class RecordFormTests
{
    private static readonly TableDocument Users = new(1, 1, "users", null,
    [
        Field(1, "name", FieldType.Text),
        Field(2, "age", FieldType.Int),
        Field(3, "secret", FieldType.Password),
        Field(4, "seen_at", FieldType.Timestamp),
        Field(5, "prefs", FieldType.Json),
        Field(6, "active", FieldType.Bool),
    ], [], DateTime.UtcNow, Guid.NewGuid());

    [Fact]
    public void Inputs_TypedByField()
    {
        var form = RecordForm.For(Users, null, TimeZoneInfo.Utc);

        Assert.Equal([InputKind.Text, InputKind.WholeNumber, InputKind.Password, InputKind.DateTime, InputKind.Json, InputKind.TriState], form.Inputs.Select(i => i.Kind));
    }

    [Fact]
    public void Bool_ThatCannotBeNull_IsATwoStateSwitch()
    {
        var required = Field(1, "required", FieldType.Bool) with { IsRequired = true };
        var notNullable = Field(2, "not_nullable", FieldType.Bool) with { IsNullable = false };
        var table = Users with { Fields = [required, notNullable] };

        Assert.Equal([InputKind.Switch, InputKind.Switch], RecordForm.For(table, null, TimeZoneInfo.Utc).Inputs.Select(i => i.Kind));
    }

    [Fact]
    public void Edit_NullableBool_ShownAsItsStateAndClearedToNull()
    {
        var form = RecordForm.For(Users, Record(("name", XsValue.Text("Ada")), ("active", XsValue.Bool(true))), TimeZoneInfo.Utc);
        Assert.Equal(RecordForm.TrueText, form.Inputs[5].Text);

        form.Inputs[5].Text = "";
        var data = form.ToData(TimeZoneInfo.Utc).Value!;

        Assert.Equal(["active"], data.Keys);
        Assert.True(data.Get("active").IsNull);
    }

    [Fact]
    public void Edit_NullBoolSetToFalse_SendsFalse()
    {
        var form = RecordForm.For(Users, Record(("name", XsValue.Text("Ada"))), TimeZoneInfo.Utc);
        Assert.Equal("", form.Inputs[5].Text);

        form.Inputs[5].Text = RecordForm.FalseText;

        Assert.Equal(XsValue.Bool(false), form.ToData(TimeZoneInfo.Utc).Value!.Get("active"));
    }

    [Fact]
    public void Add_EmptyInputsLeftOut_SoDefaultsApply()
    {
        var form = RecordForm.For(Users, null, TimeZoneInfo.Utc);
        form.Inputs[0].Text = "Ada";

        var data = form.ToData(TimeZoneInfo.Utc).Value!;

        Assert.Equal(["name"], data.Keys);
    }

    [Fact]
    public void Edit_PasswordIsWriteOnly_UnchangedUnlessTyped()
    {
        var existing = Record(("name", XsValue.Text("Ada")), ("secret", XsValue.Text("$pbkdf2$hash")));
        var form = RecordForm.For(Users, existing, TimeZoneInfo.Utc);

        Assert.Equal("", form.Inputs[2].Text);
        Assert.DoesNotContain("secret", form.ToData(TimeZoneInfo.Utc).Value!.Keys);
        form.Inputs[2].Text = "new password";
        Assert.Equal(XsValue.Text("new password"), form.ToData(TimeZoneInfo.Utc).Value!.Get("secret"));
    }

    [Fact]
    public void Timestamp_ShownAndReadInTheUsersZone()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var instant = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var form = RecordForm.For(Users, Record(("seen_at", XsValue.Timestamp(instant))), tokyo);

        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 0), form.Inputs[3].Local);
        form.Inputs[3].Local = new DateTime(2026, 3, 1, 10, 0, 0);
        Assert.Equal(instant + 3_600_000, form.ToData(tokyo).Value!.Get("seen_at").AsInt);
    }

    [Fact]
    public void Json_InvalidText_ProblemOnThatField()
    {
        var form = RecordForm.For(Users, null, TimeZoneInfo.Utc);
        form.Inputs[4].Text = "{ not json";

        var data = form.ToData(TimeZoneInfo.Utc);

        Assert.Equal("prefs", data.Problem?.Field);
        Assert.Equal("The field 'prefs' expects JSON; what is typed is not valid JSON.", data.Problem?.Message);
    }

    [Fact]
    public void Edit_ClearedNullableInput_SetsNull()
    {
        var form = RecordForm.For(Users, Record(("name", XsValue.Text("Ada")), ("age", XsValue.Int(36))), TimeZoneInfo.Utc);
        form.Inputs[0].Text = "";
        form.Inputs[1].WholeNumber = null;

        var data = form.ToData(TimeZoneInfo.Utc).Value!;

        Assert.True(data.Get("name").IsNull && data.ContainsKey("name"));
        Assert.True(data.Get("age").IsNull && data.ContainsKey("age"));
    }

    [Fact]
    public void Edit_UntouchedInputs_LeaveTheStoredValuesAlone()
    {
        // Values the inputs cannot show exactly: an empty text, milliseconds, a null bool.
        var existing = Record(("name", XsValue.Text("")), ("age", XsValue.Int(36)), ("seen_at", XsValue.Timestamp(1_700_000_000_123)),
            ("prefs", JsonValues.Parse("{\"b\":1,\"a\":[2]}")), ("active", XsValue.Null));
        var form = RecordForm.For(Users, existing, TimeZoneInfo.Utc);
        form.Inputs[1].WholeNumber = 37;

        var data = form.ToData(TimeZoneInfo.Utc).Value!;

        Assert.Equal(["age"], data.Keys);
        Assert.Equal(37, data.Get("age").AsInt);
    }

    private static FieldDefinition Field(int id, string name, FieldType type) =>
        new(id, name, type, false, true, false, null, false, false, [], null, null, id, null);

    private static XsObject Record(params (string Field, XsValue Value)[] values) =>
        XsObject.Create(values.Select(v => new KeyValuePair<string, XsValue>(v.Field, v.Value)));
}
