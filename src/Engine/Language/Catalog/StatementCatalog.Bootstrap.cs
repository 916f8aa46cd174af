namespace Platform.Engine.Language.Catalog;

// Bootstrap: a few statements so the parser can be developed; replaced by the full family files.
public static partial class StatementCatalog
{
    private static IEnumerable<StatementSchema> Variables() =>
    [
        Statement("var", StatementTarget.Variable, StatementBody.Attributes, false, "Declares a variable.", "var $x { value = 1 }",
            Attr("value", AttributeType.Any, "The value.", required: true), Description, Disabled),
        Statement("var.update", StatementTarget.Variable, StatementBody.Attributes, false, "Updates a variable.", "var.update $x { value = 2 }",
            Attr("value", AttributeType.Any, "The value.", required: true), Description, Disabled),
    ];

    private static IEnumerable<StatementSchema> ControlFlow() =>
    [
        Statement("conditional", StatementTarget.None, StatementBody.Conditional, false, "If / elseif / else.", "conditional { if ($a) { } }", Description, Disabled),
        Statement("switch", StatementTarget.Expression, StatementBody.Switch, false, "Switch.", "switch ($a) { case (1) { } break }", Description, Disabled),
        Statement("foreach", StatementTarget.Expression, StatementBody.Each, false, "Loop over a list.", "foreach ($a) { each as $i { } }", Description, Disabled),
        Statement("for", StatementTarget.Expression, StatementBody.Each, false, "Loop n times.", "for (3) { each as $i { } }", Description, Disabled),
        Statement("while", StatementTarget.Expression, StatementBody.While, false, "Loop while true.", "while ($a) { each { } }", Description, Disabled),
        Statement("try_catch", StatementTarget.None, StatementBody.TryCatch, false, "Try/catch.", "try_catch { try { } catch { } }", Description, Disabled),
        Statement("group", StatementTarget.None, StatementBody.Stack, false, "Group.", "group { stack { } }", Description, Disabled),
        Statement("break", StatementTarget.None, StatementBody.None, false, "Break.", "break"),
        Statement("continue", StatementTarget.None, StatementBody.None, false, "Continue.", "continue"),
        Statement("return", StatementTarget.None, StatementBody.Attributes, false, "Return.", "return { value = 1 }",
            Attr("value", AttributeType.Any, "The value.", required: true), Description, Disabled),
        Statement("precondition", StatementTarget.Expression, StatementBody.Attributes, false, "Precondition.", "precondition ($a) { error = \"x\" }",
            Attr("error_type", AttributeType.Text, "Type."), Attr("error", AttributeType.Any, "Message."), Attr("payload", AttributeType.Any, "Payload."), Description, Disabled),
        Statement("debug.log", StatementTarget.None, StatementBody.Attributes, false, "Log.", "debug.log { value = 1 }",
            Attr("value", AttributeType.Any, "The value.", required: true), Description, Disabled),
    ];

    private static IEnumerable<StatementSchema> Calls() =>
    [
        Statement("function.run", StatementTarget.Name, StatementBody.Attributes, true, "Runs a function.", "function.run f as $r",
            Attr("input", AttributeType.Object, "Input."), Description, Disabled, Mock),
    ];

    private static IEnumerable<StatementSchema> MathTextObjectArray() =>
    [
        Statement("math.add", StatementTarget.Variable, StatementBody.Attributes, false, "Adds.", "math.add $x { value = 1 }",
            Attr("value", AttributeType.Number, "Amount.", required: true), Description, Disabled),
        Statement("array.find", StatementTarget.Expression, StatementBody.None, true, "Finds.", "array.find ($a) if ($this > 1) as $r") with { HasCondition = true },
    ];

    private static IEnumerable<StatementSchema> Database() =>
    [
        Statement("db.query", StatementTarget.Name, StatementBody.Attributes, true, "Queries a table.", "db.query user as $users",
            Attr("where", AttributeType.Query, "Filter."), Attr("search", AttributeType.Query, "Alias of where."), Attr("sort", AttributeType.Object, "Sort."),
            Attr("return", AttributeType.Object, "Return type."), Attr("output", AttributeType.Array, "Columns."), Description, Disabled, Mock),
        Statement("db.add", StatementTarget.Name, StatementBody.Attributes, true, "Adds a record.", "db.add user { data = {} } as $u",
            Attr("data", AttributeType.Object, "Data.", required: true), Description, Disabled, Mock),
        Statement("db.transaction", StatementTarget.None, StatementBody.Stack, false, "Transaction.", "db.transaction { stack { } }", Description, Disabled),
    ];

    private static IEnumerable<StatementSchema> External() => [];

    private static IEnumerable<StatementSchema> Utilities() =>
    [
        Statement("util.get_env", StatementTarget.None, StatementBody.Attributes, true, "Env.", "util.get_env as $e", Description, Disabled, Mock),
        Statement("util.send_email", StatementTarget.None, StatementBody.Attributes, true, "Email.", "util.send_email { } as $r",
            Attr("api_key", AttributeType.Text, "Key."), Attr("service_provider", AttributeType.Text, "Provider."), Attr("subject", AttributeType.Text, "Subject."),
            Attr("message", AttributeType.Text, "Message."), Attr("to", AttributeType.Any, "To."), Attr("from", AttributeType.Text, "From."),
            Attr("cc", AttributeType.Any, "Cc."), Attr("bcc", AttributeType.Any, "Bcc."), Attr("reply_to", AttributeType.Any, "Reply."),
            Attr("scheduled_at", AttributeType.Any, "When."), Description, Disabled, Mock),
    ];

    private static IEnumerable<StatementSchema> Security() => [];

    private static IEnumerable<StatementSchema> Other() => [];
}
