namespace Platform.Engine.Language.Catalog;

// Reference §6.3: function.run and the workflow-test helpers; ENG names for the service and package calls.
public static partial class StatementCatalog
{
    private static string[] RuntimeModes => ["shared", "async-shared", "async-dedicated"];

    private static AttributeSchema CallInput => Opt("input", AttributeType.Object, "Input values for the callee, by input name.");

    private static IEnumerable<StatementSchema> Calls() =>
    [
        Bind("function.run", StatementTarget.Name, StatementBody.Attributes,
            "Runs a custom function in a fresh variable scope and yields its response.",
            "function.run \"billing/charge_customer\" {\n  input = {customer_id: $customer.id, amount: $total}\n} as $charge",
            CallInput,
            Opt("runtime_mode", AttributeType.Text, "shared runs the function now; the async modes start it in the background and yield a run id for await.",
                "\"shared\"", RuntimeModes)),

        InTestsOnly(Bind("function.call", StatementTarget.Name, StatementBody.Attributes,
            "Calls a function of the workspace from a workflow test and yields its response.",
            "function.call \"maths/calculate_total\" {\n  input = {quantity: 2, price_per_item: 5}\n} as $total",
            CallInput)),

        InTestsOnly(Bind("task.call", StatementTarget.Name, StatementBody.Attributes,
            "Runs a task of the workspace from a workflow test and yields its result.",
            "task.call \"daily_report\" as $report_run")),

        InTestsOnly(Bind("api.call", StatementTarget.Name, StatementBody.Attributes,
            "Calls an API endpoint of the workspace from a workflow test; the verb=METHOD clause follows the path.",
            "api.call \"account/{account_id}\" verb=PATCH {\n  api_group = \"account\"\n  headers = [\"Authorization: Bearer test-token\"]\n"
            + "  input = {account_id: 1, name: \"New Name\"}\n} as $result",
            Req("api_group", AttributeType.Text, "The API group that holds the endpoint."),
            Opt("headers", AttributeType.Array, "Request headers, as \"Name: value\" strings."),
            CallInput,
            Opt("auth", AttributeType.Object, "Authentication to call with: {token, ignore_expiration}."))),

        InTestsOnly(Bind("tool.call", StatementTarget.Name, StatementBody.Attributes,
            "Calls an AI tool of the workspace from a workflow test and yields its response.",
            "tool.call \"lookup_order\" {\n  input = {order_id: 42}\n} as $tool_response",
            CallInput)),

        InTestsOnly(Bind("addon.call", StatementTarget.Name, StatementBody.Attributes,
            "Runs an addon of the workspace from a workflow test and yields its result.",
            "addon.call \"order_items\" {\n  input = {order_id: 42}\n} as $items",
            CallInput)),

        InTestsOnly(Bind("middleware.call", StatementTarget.Name, StatementBody.Attributes,
            "Runs a middleware of the workspace from a workflow test and yields its result.",
            "middleware.call \"require_api_key\" {\n  input = {api_key: \"test-key\"}\n} as $outcome",
            CallInput)),

        InTestsOnly(Bind("trigger.call", StatementTarget.Name, StatementBody.Attributes,
            "Fires a trigger of the workspace from a workflow test and yields its result.",
            "trigger.call \"on_user_created\" {\n  input = {new: {id: 1, email: \"a@example.com\"}}\n} as $trigger_result",
            CallInput)),

        InTestsOnly(Bind("workflow_test.call", StatementTarget.Name, StatementBody.Attributes,
            "Runs another workflow test from a workflow test and yields its outcome.",
            "workflow_test.call \"checkout_flow\" {\n  datasource = \"test\"\n} as $outcome",
            Opt("datasource", AttributeType.Text, "Datasource the called test runs against."))),

        InTestsOnly(Bind("action.call", StatementTarget.Name, StatementBody.Attributes,
            "Calls an action imported into the workspace and yields its result.",
            "action.call \"send_welcome\" {\n  input = {email: \"user@example.com\"}\n} as $action_result",
            Opt("package", AttributeType.Text, "Package the action comes from."),
            CallInput,
            Opt("registry", AttributeType.Any, "Registry settings for the action."))),

        Unsupported(Bind("action.package.call", StatementTarget.Name, StatementBody.Attributes,
            "Calls an action from a registry package and yields its result.",
            "action.package.call \"create_customer\" {\n  package = \"stripe\"\n  input = {email: $input.email}\n} as $customer",
            Opt("package", AttributeType.Text, "Package the action comes from."),
            CallInput,
            Opt("registry", AttributeType.Any, "Registry settings for the package."))),

        Unsupported(Bind("service.function.run", StatementTarget.Name, StatementBody.Attributes,
            "Runs a function hosted by a workspace service and yields its response.",
            "service.function.run \"reports/build_monthly\" {\n  input = {month: 5}\n} as $report",
            CallInput,
            Opt("runtime_mode", AttributeType.Text, "shared runs the function now; the async modes start it in the background.",
                "\"shared\"", RuntimeModes))),

        Unsupported(Bind("api.microservice", StatementTarget.None, StatementBody.Attributes,
            "Sends an HTTP request to a microservice deployed with the workspace and yields the response.",
            "api.microservice {\n  host = \"inventory\"\n  path = \"/stock\"\n  method = \"GET\"\n  params = {sku: $input.sku}\n} as $stock",
            Req("host", AttributeType.Text, "Name of the microservice."),
            Req("path", AttributeType.Text, "Path of the request inside the microservice."),
            Attr("method", AttributeType.Text, "HTTP method.", required: true, allowed: HttpMethods),
            Opt("params", AttributeType.Object, "Query string or body parameters."),
            Opt("headers", AttributeType.Array, "Request headers, as \"Name: value\" strings."),
            Opt("timeout", AttributeType.Int, "Seconds to wait for the response."),
            Opt("follow_location", AttributeType.Bool, "Follow redirects."))),
    ];
}
