namespace Platform.Engine.Language.Catalog;

// Reference §8.6. Paths may be dotted ("a.b"); on arrays a path segment is an index. All return new values.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> ObjectFilters() =>
    [
        Filter("get", FilterFamily.Object, "The value at a path of the input, or the default when nothing is there.",
            "{a: {b: 1}}|get:\"a.b\"", "1",
            P("path", "Key, index or dotted path to read."), Optional("default", "Value when the path is missing; null when omitted.")),
        Filter("set", FilterFamily.Object, "The input with the value stored at a path.",
            "{fizz: \"buzz\"}|set:\"foo\":\"bar\"", "{\"fizz\":\"buzz\",\"foo\":\"bar\"}",
            P("path", "Key or dotted path to write."), P("value", "Value to store.")),
        Filter("set_conditional", FilterFamily.Object, "The input with the value stored at a path when the condition is truthy, else unchanged.",
            "{a: 1}|set_conditional:\"b\":2:true", "{\"a\":1,\"b\":2}",
            P("path", "Key or dotted path to write."), P("value", "Value to store."), P("condition", "Store only when this is truthy.")),
        Filter("set_ifnotempty", FilterFamily.Object, "The input with the value stored at a path unless the value is empty.",
            "{a: 1}|set_ifnotempty:\"b\":\"\"", "{\"a\":1}",
            P("path", "Key or dotted path to write."), P("value", "Value to store unless \"\", null, 0, \"0\", false, [] or {}.")),
        Filter("set_ifnotnull", FilterFamily.Object, "The input with the value stored at a path unless the value is null.",
            "{a: 1}|set_ifnotnull:\"b\":0", "{\"a\":1,\"b\":0}",
            P("path", "Key or dotted path to write."), P("value", "Value to store unless null.")),
        Filter("unset", FilterFamily.Object, "The input without the value at a path.",
            "{fizz: \"buzz\", foo: \"bar\"}|unset:\"foo\"", "{\"fizz\":\"buzz\"}", P("path", "Key or dotted path to remove.")),
        Filter("has", FilterFamily.Object, "True when something is present at a path of the input.",
            "{fizz: \"buzz\"}|has:\"fizz\"", "true", P("path", "Key or dotted path to look for.")),
        Filter("keys", FilterFamily.Object, "The keys of the object as an array.", "{a: 1, b: 2}|keys", "[\"a\",\"b\"]"),
        Filter("values", FilterFamily.Object, "The values of the object as an array.", "{a: 1, b: 2}|values", "[1,2]"),
        Filter("entries", FilterFamily.Object, "The entries of the object as an array of {key, value} objects.",
            "{a: 1, b: 2}|entries", "[{\"key\":\"a\",\"value\":1},{\"key\":\"b\",\"value\":2}]"),
        Filter("create_object", FilterFamily.Object, "An object pairing the input array of keys with an array of values.",
            "[\"a\",\"b\"]|create_object:[1,2]", "{\"a\":1,\"b\":2}", P("values", "Values, in the same order as the keys.")),
        Filter("create_object_from_entries", FilterFamily.Object, "An object built from an array of {key, value} objects.",
            "[{key: \"a\", value: 1}, {key: \"b\", value: 2}]|create_object_from_entries", "{\"a\":1,\"b\":2}"),
        Filter("first_notnull", FilterFamily.Object, "The input unless it is null, otherwise the fallback.", "null|first_notnull:0", "0",
            P("fallback", "Value used when the input is null.")),
        Filter("first_notempty", FilterFamily.Object, "The input unless it is empty, otherwise the fallback.", "\"\"|first_notempty:1", "1",
            P("fallback", "Value used when the input is \"\", null, 0, \"0\", false, [] or {}.")),
        Filter("pick", FilterFamily.Object, "The object with only the given keys.",
            "{a: 1, b: 2, c: 3}|pick:[\"a\",\"c\"]", "{\"a\":1,\"c\":3}", P("keys", "Array of keys to keep.")),
        Filter("unpick", FilterFamily.Object, "The object without the given keys.",
            "{a: 1, b: 2, c: 3}|unpick:[\"a\",\"c\"]", "{\"b\":2}", P("keys", "Array of keys to drop.")),
    ];
}
