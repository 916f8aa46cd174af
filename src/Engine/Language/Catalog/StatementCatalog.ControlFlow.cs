namespace Platform.Engine.Language.Catalog;

// Reference §6.2 and §11 (precondition error types), plus await from §6.3.
public static partial class StatementCatalog
{
    // A property, not a field: partial files have no guaranteed static initialization order.
    private static string[] ErrorTypes =>
        ["standard", "inputerror", "badrequest", "unauthorized", "accessdenied", "notfound", "toomanyrequests", "servererror"];

    private static IEnumerable<StatementSchema> ControlFlow() =>
    [
        Act("conditional", StatementTarget.None, StatementBody.Conditional,
            "Runs the first branch whose condition is truthy: one if, any number of elseif, and an optional else.",
            "conditional {\n  if ($input.age >= 18) {\n    var $group {\n      value = \"adult\"\n    }\n  }\n"
            + "  elseif ($input.age >= 13) {\n    var $group {\n      value = \"teen\"\n    }\n  }\n"
            + "  else {\n    var $group {\n      value = \"child\"\n    }\n  }\n}"),

        Act("switch", StatementTarget.Expression, StatementBody.Switch,
            "Compares a value with each case in order and runs the matching case, or default when none matches.",
            "switch ($input.plan) {\n  case (\"pro\") {\n    var $limit {\n      value = 1000\n    }\n  } break\n"
            + "  case (\"team\") {\n    var $limit {\n      value = 100\n    }\n  } break\n"
            + "  default {\n    var $limit {\n      value = 10\n    }\n  }\n}"),

        Act("foreach", StatementTarget.Expression, StatementBody.Each,
            "Runs its body once for each element of a list, in order, with the element bound to the each variable.",
            "foreach ($orders) {\n  each as $order {\n    math.add $total {\n      value = $order.amount\n    }\n  }\n}"),

        Act("for", StatementTarget.Expression, StatementBody.Each,
            "Runs its body a fixed number of times, with the each variable counting from 0.",
            "for (3) {\n  each as $i {\n    array.push $pages {\n      value = $i + 1\n    }\n  }\n}"),

        Act("while", StatementTarget.Expression, StatementBody.While,
            "Runs its each body again and again while the condition stays truthy.",
            "while ($attempt < 5) {\n  each {\n    math.add $attempt {\n      value = 1\n    }\n  }\n}"),

        Act("break", StatementTarget.None, StatementBody.None,
            "Leaves the innermost loop at once.",
            "break"),

        Act("continue", StatementTarget.None, StatementBody.None,
            "Skips the rest of the current loop iteration and goes on with the next one.",
            "continue"),

        Act("foreach.remove", StatementTarget.None, StatementBody.None,
            "Removes the current element from the list a foreach is iterating over.",
            "foreach.remove"),

        Act("group", StatementTarget.None, StatementBody.Stack,
            "Groups statements into one collapsible block; it creates no new variable scope.",
            "group {\n  stack {\n    var $subtotal {\n      value = $cart|sum\n    }\n    var $tax {\n      value = $subtotal * 0.2\n    }\n  }\n}"),

        Act("return", StatementTarget.None, StatementBody.Attributes,
            "Stops the current function, task or endpoint and makes value its result.",
            "return {\n  value = $result\n}",
            Req("value", AttributeType.Any, "The result to hand back.")),

        Act("precondition", StatementTarget.Expression, StatementBody.Attributes,
            "Raises an error of the given type when the condition is falsy, and does nothing otherwise.",
            "precondition ($input.quantity > 0) {\n  error_type = \"inputerror\"\n  error = \"Quantity must be positive.\"\n}",
            Opt("error_type", AttributeType.Text, "Kind of error, which decides the HTTP status and error code.", "\"standard\"", ErrorTypes),
            Opt("error", AttributeType.Any, "The error message."),
            Opt("payload", AttributeType.Any, "Extra data returned with the error.")),

        Act("throw", StatementTarget.None, StatementBody.Attributes,
            "Raises a custom error that a surrounding try_catch can catch as $error.",
            "throw {\n  name = \"PaymentDeclined\"\n  value = \"The card was declined.\"\n}",
            Opt("name", AttributeType.Text, "Error name, visible as $error.name in a catch."),
            Req("value", AttributeType.Any, "The error message.")),

        Act("try_catch", StatementTarget.None, StatementBody.TryCatch,
            "Runs try; on an error runs catch with $error set; finally always runs afterwards.",
            "try_catch {\n  try {\n    api.request {\n      url = \"https://api.example.com/ping\"\n    } as $ping\n  }\n"
            + "  catch {\n    debug.log {\n      value = $error.message\n    }\n  }\n"
            + "  finally {\n    debug.log {\n      value = \"ping attempted\"\n    }\n  }\n}"),

        Act("debug.log", StatementTarget.None, StatementBody.Attributes,
            "Writes a value to the run's debug log and has no other effect.",
            "debug.log {\n  value = $order\n}",
            Req("value", AttributeType.Any, "The value to log.")),

        Act("debug.stop", StatementTarget.None, StatementBody.Attributes,
            "Stops the run at this point and hands a value to the debugger.",
            "debug.stop {\n  value = $payload\n}",
            Req("value", AttributeType.Any, "The value to show.")),

        Act("util.sleep", StatementTarget.None, StatementBody.Attributes,
            "Pauses the run for a number of seconds.",
            "util.sleep {\n  value = 2\n}",
            Req("value", AttributeType.Number, "Seconds to wait.")),

        Act("util.post_process", StatementTarget.None, StatementBody.Stack,
            "Runs its stack after the response has been sent, or after the main stack of a task.",
            "util.post_process {\n  stack {\n    db.add audit_log {\n      data = {event: \"export\", created_at: \"now\"}\n    } as $entry\n  }\n}"),

        Bind("await", StatementTarget.None, StatementBody.Attributes,
            "Waits for asynchronous function runs to finish and yields their results.",
            "await {\n  ids = [$import_run, $cleanup_run]\n  timeout = 30\n} as $results",
            Req("ids", AttributeType.Array, "Ids of the asynchronous runs to wait for."),
            Opt("timeout", AttributeType.Int, "Seconds to wait at most.", "10")),
    ];
}
