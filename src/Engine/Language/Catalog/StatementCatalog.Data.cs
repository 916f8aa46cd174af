namespace Platform.Engine.Language.Catalog;

// Reference §6.4: statements that change a variable in place or bind a computed value.
public static partial class StatementCatalog
{
    private static IEnumerable<StatementSchema> MathTextObjectArray() =>
    [
        .. MathStatements(),
        .. TextStatements(),
        .. ObjectStatements(),
        .. ArrayStatements(),
    ];

    private static IEnumerable<StatementSchema> MathStatements() =>
    [
        InPlace("math.add", "Adds value to the number held in the variable.", "math.add $total {\n  value = $item.price\n}",
            AttributeType.Number, "Amount to add."),
        InPlace("math.sub", "Subtracts value from the number held in the variable.", "math.sub $stock {\n  value = $order.quantity\n}",
            AttributeType.Number, "Amount to subtract."),
        InPlace("math.mul", "Multiplies the number held in the variable by value.", "math.mul $price {\n  value = 1.2\n}",
            AttributeType.Number, "Factor to multiply by."),
        InPlace("math.div", "Divides the number held in the variable by value.", "math.div $average {\n  value = $orders|count\n}",
            AttributeType.Number, "Divisor."),
        InPlace("math.mod", "Replaces the number held in the variable by the remainder of dividing it by value.",
            "math.mod $slot {\n  value = 7\n}",
            AttributeType.Number, "Divisor."),
        InPlace("math.bitwise.and", "Replaces the integer held in the variable by its bitwise AND with value.",
            "math.bitwise.and $flags {\n  value = 4\n}",
            AttributeType.Int, "Bit mask."),
        InPlace("math.bitwise.or", "Replaces the integer held in the variable by its bitwise OR with value.",
            "math.bitwise.or $flags {\n  value = 8\n}",
            AttributeType.Int, "Bit mask."),
        InPlace("math.bitwise.xor", "Replaces the integer held in the variable by its bitwise XOR with value.",
            "math.bitwise.xor $flags {\n  value = 1\n}",
            AttributeType.Int, "Bit mask."),
    ];

    private static IEnumerable<StatementSchema> TextStatements() =>
    [
        InPlace("text.append", "Adds text to the end of the text held in the variable.", "text.append $message {\n  value = \" Thank you.\"\n}",
            AttributeType.Text, "Text to add."),
        InPlace("text.prepend", "Adds text to the start of the text held in the variable.", "text.prepend $subject {\n  value = \"Re: \"\n}",
            AttributeType.Text, "Text to add."),
        InPlace("text.trim", "Strips the given characters from both ends of the text held in the variable.",
            "text.trim $name {\n  value = \" \"\n}",
            AttributeType.Text, "Characters to strip."),
        InPlace("text.ltrim", "Strips the given characters from the start of the text held in the variable.",
            "text.ltrim $code {\n  value = \"0\"\n}",
            AttributeType.Text, "Characters to strip."),
        InPlace("text.rtrim", "Strips the given characters from the end of the text held in the variable.",
            "text.rtrim $path {\n  value = \"/\"\n}",
            AttributeType.Text, "Characters to strip."),
        TextTest("text.contains", "Yields true when the variable's text contains value.",
            "text.contains $subject {\n  value = \"invoice\"\n} as $is_invoice"),
        TextTest("text.icontains", "Yields true when the variable's text contains value, ignoring case.",
            "text.icontains $subject {\n  value = \"Invoice\"\n} as $is_invoice"),
        TextTest("text.starts_with", "Yields true when the variable's text starts with value.",
            "text.starts_with $url {\n  value = \"https://\"\n} as $is_secure"),
        TextTest("text.istarts_with", "Yields true when the variable's text starts with value, ignoring case.",
            "text.istarts_with $url {\n  value = \"HTTPS://\"\n} as $is_secure"),
        TextTest("text.ends_with", "Yields true when the variable's text ends with value.",
            "text.ends_with $email {\n  value = \"@example.com\"\n} as $is_staff"),
        TextTest("text.iends_with", "Yields true when the variable's text ends with value, ignoring case.",
            "text.iends_with $file_name {\n  value = \".PDF\"\n} as $is_pdf"),
    ];

    private static IEnumerable<StatementSchema> ObjectStatements() =>
    [
        Bind("object.keys", StatementTarget.None, StatementBody.Attributes,
            "Yields the keys of an object as a list, in order.",
            "object.keys {\n  value = $user\n} as $fields",
            Req("value", AttributeType.Object, "The object to read.")),
        Bind("object.values", StatementTarget.None, StatementBody.Attributes,
            "Yields the values of an object as a list, in order.",
            "object.values {\n  value = $totals_by_month\n} as $totals",
            Req("value", AttributeType.Object, "The object to read.")),
        Bind("object.entries", StatementTarget.None, StatementBody.Attributes,
            "Yields the entries of an object as a list of {key, value} objects.",
            "object.entries {\n  value = $settings\n} as $pairs",
            Req("value", AttributeType.Object, "The object to read.")),
    ];

    private static IEnumerable<StatementSchema> ArrayStatements() =>
    [
        InPlace("array.push", "Adds a value to the end of the list held in the variable.", "array.push $names {\n  value = $user.name\n}",
            AttributeType.Any, "The element to add."),
        InPlace("array.unshift", "Adds a value to the start of the list held in the variable.", "array.unshift $queue {\n  value = $urgent_job\n}",
            AttributeType.Any, "The element to add."),
        InPlace("array.merge", "Appends the elements of another list, or a single value, to the list held in the variable.",
            "array.merge $all_items {\n  value = $page.items\n}",
            AttributeType.Any, "The list (or value) to append."),
        Bind("array.pop", StatementTarget.Variable, StatementBody.Attributes,
            "Removes the last element of the list held in the variable and yields it.",
            "array.pop $pending as $last"),
        Bind("array.shift", StatementTarget.Variable, StatementBody.Attributes,
            "Removes the first element of the list held in the variable and yields it.",
            "array.shift $queue as $next_job"),

        Matching("array.find", "Yields the first element for which the condition on $this is true, or null.",
            "array.find ($users) if ($this.email == $input.email) as $match"),
        Matching("array.find_index", "Yields the index of the first element for which the condition on $this is true, or -1.",
            "array.find_index ($users) if ($this.id == $input.user_id) as $position"),
        Matching("array.has", "Yields true when the condition on $this is true for at least one element.",
            "array.has ($line_items) if ($this.quantity > 10) as $has_bulk_item"),
        Matching("array.every", "Yields true when the condition on $this is true for every element.",
            "array.every ($tasks) if ($this.done) as $all_done"),
        Matching("array.filter", "Yields the elements for which the condition on $this is true.",
            "array.filter ($orders) if ($this.status == \"open\") as $open_orders"),
        Matching("array.filter_count", "Yields how many elements make the condition on $this true.",
            "array.filter_count ($orders) if ($this.total > 100) as $large_order_count"),
        Matching("array.partition", "Splits a list into {true: [...], false: [...]} by the condition on $this.",
            "array.partition ($users) if ($this.active) as $by_activity"),

        Bind("array.map", StatementTarget.Expression, StatementBody.Attributes,
            "Yields a new list made of the by expression evaluated for each element ($this).",
            "array.map ($users) {\n  by = $this.email\n} as $emails",
            Req("by", AttributeType.Any, "Expression over $this giving each new element.")),
        Bind("array.group_by", StatementTarget.Expression, StatementBody.Attributes,
            "Yields an object that groups the elements of a list by the key the by expression gives for each ($this).",
            "array.group_by ($orders) {\n  by = $this.status\n} as $orders_by_status",
            Req("by", AttributeType.Any, "Expression over $this giving each element's group key.")),
        SetOperation("array.union", "Yields the elements found in either list, without duplicates.",
            "array.union ($tags) {\n  value = $new_tags\n} as $all_tags"),
        SetOperation("array.difference", "Yields the elements of the first list that are not in the second.",
            "array.difference ($all_ids) {\n  value = $done_ids\n} as $pending_ids"),
        SetOperation("array.intersection", "Yields the elements found in both lists.",
            "array.intersection ($users) {\n  value = $admins\n  by = $this.id\n} as $admin_users"),
    ];

    /// <summary><c>keyword $var { value = ... }</c>: changes the variable in place and yields nothing.</summary>
    private static StatementSchema InPlace(string name, string summary, string example, AttributeType valueType, string valueSummary) =>
        Act(name, StatementTarget.Variable, StatementBody.Attributes, summary, example, Req("value", valueType, valueSummary));

    /// <summary><c>text.contains $var { value = ... } as $bool</c>.</summary>
    private static StatementSchema TextTest(string name, string summary, string example) =>
        Bind(name, StatementTarget.Variable, StatementBody.Attributes, summary, example,
            Req("value", AttributeType.Text, "The text to look for."));

    /// <summary><c>array.find (list) if (condition) as $r</c>: no braces, the condition reads each element as <c>$this</c>.</summary>
    private static StatementSchema Matching(string name, string summary, string example) =>
        Bind(name, StatementTarget.Expression, StatementBody.None, summary, example) with { HasCondition = true };

    /// <summary><c>array.union (list) { value = other by = key } as $r</c>.</summary>
    private static StatementSchema SetOperation(string name, string summary, string example) =>
        Bind(name, StatementTarget.Expression, StatementBody.Attributes, summary, example,
            Req("value", AttributeType.Array, "The second list."),
            Opt("by", AttributeType.Any, "Expression over $this giving the key elements are compared by; the whole element when left out."));
}
