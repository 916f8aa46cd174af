using Platform.Engine.Runtime.Filters;
using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Statements;

/// <summary>
/// text.* statements (reference §6.4): append, prepend and the trims change the variable in place; the tests
/// (contains, starts_with…) yield a boolean for <c>as $name</c>. Each does what the matching filter does.
/// </summary>
internal static class TextStatements
{
    public static void Register(StatementRegistry registry)
    {
        registry.Add("text.append", call => Update(call, (text, value) => TextOperations.Concat(text, value)));
        registry.Add("text.prepend", call => Update(call, (text, value) => TextOperations.Concat(value, text)));
        registry.Add("text.trim", call => Trim(call, TrimEnds.Both));
        registry.Add("text.ltrim", call => Trim(call, TrimEnds.Start));
        registry.Add("text.rtrim", call => Trim(call, TrimEnds.End));
        registry.Add("text.contains", call => Test(call, TextOperations.Contains, ignoreCase: false));
        registry.Add("text.icontains", call => Test(call, TextOperations.Contains, ignoreCase: true));
        registry.Add("text.starts_with", call => Test(call, TextOperations.StartsWith, ignoreCase: false));
        registry.Add("text.istarts_with", call => Test(call, TextOperations.StartsWith, ignoreCase: true));
        registry.Add("text.ends_with", call => Test(call, TextOperations.EndsWith, ignoreCase: false));
        registry.Add("text.iends_with", call => Test(call, TextOperations.EndsWith, ignoreCase: true));
    }

    private static ValueTask<XsValue> Update(StatementCall call, Func<string, string, string> change)
    {
        var (text, value) = Operands(call);
        call.AssignTarget(XsValue.Text(change(text, value)));
        return ValueTask.FromResult(XsValue.Null);
    }

    // As the |trim filters: the characters listed in value, or whitespace when value is null.
    private static ValueTask<XsValue> Trim(StatementCall call, TrimEnds ends)
    {
        var value = call.Attribute("value");
        var characters = value.IsNull ? null : TextOperations.Of(value, "'value'", call.Error);
        call.AssignTarget(XsValue.Text(TextOperations.Trim(Text(call), characters, ends)));
        return ValueTask.FromResult(XsValue.Null);
    }

    private static ValueTask<XsValue> Test(StatementCall call, Func<string, string, bool, bool> test, bool ignoreCase)
    {
        var (text, value) = Operands(call);
        return ValueTask.FromResult(XsValue.Bool(test(text, value, ignoreCase)));
    }

    // The variable's text and the value attribute, both read as the text filters read them (null is "").
    private static (string Text, string Value) Operands(StatementCall call) =>
        (Text(call), TextOperations.Of(call.Attribute("value"), "'value'", call.Error));

    private static string Text(StatementCall call) => TextOperations.Of(call.Target(), "the variable", call.Error);
}
