namespace Platform.Engine.Language.Catalog;

// Reference §8.5. The expression family evaluates a XanoScript expression per element: $$ (or $this) is the element,
// $index its position, $parent the array and $result the accumulator of reduce. The lambda family runs JavaScript,
// which this server has no engine for.
public static partial class FilterCatalog
{
    private static IEnumerable<FilterSchema> HigherOrderFilters() =>
    [
        Filter("map", FilterFamily.HigherOrder, "A new array holding the expression's value for every element.",
            "[{value: 2}, {value: 5}]|map:$$.value * 2", "[4,10]", P("expression", "Value for each element; $$ is the element.")),
        Filter("filter", FilterFamily.HigherOrder, "The elements for which the expression is truthy.",
            "[1,2,3,4]|filter:$$ % 2 == 0", "[2,4]", P("expression", "Condition for keeping an element; $$ is the element.")),
        Filter("some", FilterFamily.HigherOrder, "True when the expression is truthy for at least one element.",
            "[1,2,3]|some:$$ > 2", "true", P("expression", "Condition tested on each element; $$ is the element.")),
        Filter("every", FilterFamily.HigherOrder, "True when the expression is truthy for every element.",
            "[2,4,6]|every:$$ % 2 == 0", "true", P("expression", "Condition tested on each element; $$ is the element.")),
        Filter("find", FilterFamily.HigherOrder, "The first element for which the expression is truthy, or null.",
            "[{id: 1}, {id: 2}, {id: 3}]|find:$$.id == 2", "{\"id\":2}", P("expression", "Condition tested on each element; $$ is the element.")),
        Filter("findIndex", FilterFamily.HigherOrder, "The index of the first element for which the expression is truthy.",
            "[{id: 1}, {id: 2}, {id: 3}]|findIndex:$$.id == 2", "1", P("expression", "Condition tested on each element; $$ is the element.")),
        Filter("reduce", FilterFamily.HigherOrder, "The array folded into one value: the expression gives each new $result.",
            "[1,2,3,4,5]|reduce:$$ + $result:10", "25",
            P("expression", "Next accumulator; $$ is the element, $result the accumulator so far."),
            Optional("initial", "Starting value of $result; 0 when omitted.")),
        Filter("transform", FilterFamily.HigherOrder, "The expression's value with the input bound to $$.", "2|transform:$$ + 3", "5",
            P("expression", "Value to compute; $$ is the input.")),
        Lambda("lambda", "The value returned by JavaScript code run with the input bound to $this.",
            "\"abc\"|lambda:\"return $this.toUpperCase()\""),
        Lambda("lambda_map", "A new array holding the JavaScript code's return value for every element.",
            "[1,2,3]|lambda_map:\"return $this * 2\""),
        Lambda("lambda_filter", "The elements for which the JavaScript code returns a truthy value.",
            "[1,2,3,4]|lambda_filter:\"return $this % 2\""),
        Lambda("lambda_some", "True when the JavaScript code returns a truthy value for at least one element.",
            "[1,2,3]|lambda_some:\"return $this > 2\""),
        Lambda("lambda_every", "True when the JavaScript code returns a truthy value for every element.",
            "[2,4,6]|lambda_every:\"return $this % 2 === 0\""),
        Lambda("lambda_find", "The first element for which the JavaScript code returns a truthy value.",
            "[1,2,3,8,9]|lambda_find:\"return $this === 8\""),
        Lambda("lambda_findIndex", "The index of the first element for which the JavaScript code returns a truthy value.",
            "[1,2,3,8,9]|lambda_findIndex:\"return $this === 8\""),
        Filter("lambda_reduce", FilterFamily.HigherOrder, "The array folded into one value by JavaScript code that returns each new $result.",
            "[1,2,3]|lambda_reduce:0:\"return $result + $this\"", null,
            P("initial", "Starting value of $result (comes before the code, unlike reduce)."),
            P("code", "JavaScript body that returns the next accumulator; $this is the element."),
            Optional("timeout", "Seconds before the code is stopped; 10 when omitted.")) with { Supported = false },
    ];

    /// <summary>A JavaScript filter: not runnable here (no JavaScript engine), so no expected result.</summary>
    private static FilterSchema Lambda(string name, string summary, string example)
    {
        var filter = Filter(name, FilterFamily.HigherOrder, summary, example, null,
            P("code", "JavaScript body that must return a value; $this is the input or element."),
            Optional("timeout", "Seconds before the code is stopped; 10 when omitted."));
        return filter with { Supported = false };
    }
}
