namespace Platform.Engine.Language.Catalog;

// Reference §6.5 and §9. Bulk operations use items, set_datasource uses value, direct-query arg repeats (§13.4, §13.5).
public static partial class StatementCatalog
{
    private static string[] ExternalDatabases => ["postgres", "mysql", "mssql", "oracle", "snowflake"];

    private static AttributeSchema FieldName => Opt("field_name", AttributeType.Text, "Column the record is looked up by.", "\"id\"");

    private static AttributeSchema FieldValue => Req("field_value", AttributeType.Any, "Value of that column for the wanted record.");

    private static AttributeSchema Output => Opt("output", AttributeType.Array, "Column names to return; all columns when left out.");

    private static AttributeSchema Addon =>
        Opt("addon", AttributeType.Array, "Addons to run for each returned record: [{name, input, as, output}].");

    private static AttributeSchema EnforceHiddenFields =>
        Opt("enforce_hidden_fields", AttributeType.Bool, "Leave out columns marked hidden from the returned record.");

    private static IEnumerable<StatementSchema> Database() =>
    [
        Bind("db.query", StatementTarget.Name, StatementBody.Attributes,
            "Reads records from a table with filtering, joins, sorting and paging, and yields a list, record, count or flag.",
            "db.query order {\n  where = $db.order.status == \"open\" && $db.order.total > $input.min_total\n"
            + "  sort = {created_at: \"desc\"}\n  return = {type: \"list\", paging: {page: 1, per_page: 50}}\n} as $open_orders",
            Opt("where", AttributeType.Query, "Condition each returned row must meet."),
            Opt("search", AttributeType.Query, "Older name of where."),
            Opt("additional_where", AttributeType.Query, "Extra condition ANDed with where."),
            Opt("join", AttributeType.Object, "Other tables to join: {alias: {table, type: inner|left|right, where}}."),
            Opt("eval", AttributeType.Object, "Computed columns added to each row: {name: query expression}."),
            Opt("sort", AttributeType.Object, "Sort order, by priority: {column: \"asc\"|\"desc\"|\"rand\"}."),
            Opt("override_sort", AttributeType.Any, "Sort specification computed at run time, used instead of sort."),
            Output,
            Addon,
            Opt("lock", AttributeType.Bool, "Lock the rows read (SELECT ... FOR UPDATE) inside a transaction.", "false"),
            Opt("return", AttributeType.Object,
                "Result shape: {type: list|single|count|exists|stream|aggregate, paging, distinct, group, eval}.", "{type: \"list\"}")),

        Bind("db.get", StatementTarget.Name, StatementBody.Attributes,
            "Yields the one record whose field_name column equals field_value, or null.",
            "db.get user {\n  field_name = \"email\"\n  field_value = $input.email\n} as $user",
            FieldName,
            FieldValue,
            Output,
            Opt("lock", AttributeType.Bool, "Lock the record (SELECT ... FOR UPDATE) inside a transaction.", "false"),
            Addon),

        Bind("db.has", StatementTarget.Name, StatementBody.Attributes,
            "Yields true when a record whose field_name column equals field_value exists.",
            "db.has user {\n  field_name = \"email\"\n  field_value = $input.email\n} as $email_taken",
            FieldName,
            FieldValue),

        Bind("db.add", StatementTarget.Name, StatementBody.Attributes,
            "Inserts one record and yields it; password columns are hashed on the way in.",
            "db.add order {\n  data = {customer_id: $input.customer_id, total: $total, created_at: \"now\"}\n} as $order",
            Req("data", AttributeType.Object, "Column values of the new record."),
            Output,
            Addon,
            EnforceHiddenFields),

        Bind("db.edit", StatementTarget.Name, StatementBody.Attributes,
            "Updates the record found by field_name and field_value with the given columns and yields it.",
            "db.edit order {\n  field_value = $order.id\n  data = {status: \"paid\", paid_at: now}\n} as $order",
            FieldName,
            FieldValue,
            Req("data", AttributeType.Object, "Columns to change, as an object literal."),
            Output,
            Addon,
            EnforceHiddenFields),

        Bind("db.patch", StatementTarget.Name, StatementBody.Attributes,
            "Updates the record found by field_name and field_value with columns that may come from a variable, and yields it.",
            "db.patch user {\n  field_value = $input.user_id\n  data = $changes\n} as $user",
            FieldName,
            FieldValue,
            Req("data", AttributeType.Any, "Columns to change; any expression giving an object."),
            Output,
            Addon),

        Bind("db.add_or_edit", StatementTarget.Name, StatementBody.Attributes,
            "Updates the record found by field_name and field_value, or inserts it when there is none, and yields it.",
            "db.add_or_edit setting {\n  field_name = \"key\"\n  field_value = \"theme\"\n  data = {key: \"theme\", value: \"dark\"}\n} as $setting",
            FieldName,
            FieldValue,
            Req("data", AttributeType.Object, "Column values to write."),
            Output,
            Addon,
            EnforceHiddenFields),

        Act("db.del", StatementTarget.Name, StatementBody.Attributes,
            "Deletes the record whose field_name column equals field_value.",
            "db.del session {\n  field_value = $session.id\n}",
            FieldName,
            FieldValue),

        Act("db.truncate", StatementTarget.Name, StatementBody.Attributes,
            "Deletes every record of a table.",
            "db.truncate import_staging {\n  reset = true\n}",
            Opt("reset", AttributeType.Bool, "Also restart the table's id sequence.", "false")),

        Bind("db.bulk.add", StatementTarget.Name, StatementBody.Attributes,
            "Inserts many records at once and yields what was created.",
            "db.bulk.add product {\n  items = $input.products\n} as $created",
            Req("items", AttributeType.Array, "The records to insert."),
            Opt("allow_id_field", AttributeType.Bool, "Keep the id given in each item instead of assigning a new one.", "false")),

        Bind("db.bulk.update", StatementTarget.Name, StatementBody.Attributes,
            "Replaces many records at once, each matched by the id in its item, and yields the result.",
            "db.bulk.update product {\n  items = $changed_products\n} as $updated",
            Req("items", AttributeType.Array, "The records to write; each carries its id.")),

        Bind("db.bulk.patch", StatementTarget.Name, StatementBody.Attributes,
            "Changes some columns of many records at once, each matched by the id in its item, and yields the result.",
            "db.bulk.patch product {\n  items = [{id: 1, price: 10}, {id: 2, price: 12}]\n} as $patched",
            Req("items", AttributeType.Array, "Partial records; each carries its id.")),

        Bind("db.bulk.delete", StatementTarget.Name, StatementBody.Attributes,
            "Deletes every record that meets a condition and yields the result.",
            "db.bulk.delete session {\n  where = $db.session.expires_at < now\n} as $deleted",
            Opt("where", AttributeType.Query, "Condition a record must meet to be deleted.")),

        Unsupported(Bind("db.direct_query", StatementTarget.None, StatementBody.Attributes,
            "Runs raw SQL against the workspace database, one arg per ? placeholder, and yields the rows.",
            "db.direct_query {\n  sql = \"SELECT id, email FROM users WHERE status = ? AND created_at > ?\"\n"
            + "  response_type = \"list\"\n  arg = \"active\"\n  arg = $since\n} as $rows",
            [.. DirectQueryAttributes()])),

        .. ExternalDatabases.Select(database => Unsupported(Bind($"db.external.{database}.direct_query", StatementTarget.None,
            StatementBody.Attributes,
            $"Runs raw SQL against an external {ExternalDatabaseTitle(database)} database, one arg per ? placeholder, and yields the rows.",
            $"db.external.{database}.direct_query {{\n  connection_string = $env.{database.ToUpperInvariant()}_URL\n"
            + "  sql = \"SELECT count(*) AS total FROM events WHERE day = ?\"\n  response_type = \"single\"\n  arg = $day\n} as $stats",
            [Req("connection_string", AttributeType.Text, "Connection string of the external database."), .. DirectQueryAttributes()]))),

        Act("db.transaction", StatementTarget.None, StatementBody.Stack,
            "Runs its stack as one database transaction: every change is kept, or none when an error escapes.",
            "db.transaction {\n  stack {\n    db.edit account {\n      field_value = $from_id\n      data = {balance: $from_balance - $amount}\n    } as $debited\n"
            + "    db.edit account {\n      field_value = $to_id\n      data = {balance: $to_balance + $amount}\n    } as $credited\n  }\n}"),

        Act("db.set_datasource", StatementTarget.None, StatementBody.Attributes,
            "Switches the datasource that the following database statements use.",
            "db.set_datasource {\n  value = \"test\"\n}",
            Req("value", AttributeType.Text, "Name of the datasource.")),

        Bind("db.schema", StatementTarget.Name, StatementBody.Attributes,
            "Yields the schema of a table, or of one of its columns when path is given.",
            "db.schema user {\n  path = \"email\"\n} as $email_column",
            Opt("path", AttributeType.Text, "Column (or nested path) to describe.")),
    ];

    private static IEnumerable<AttributeSchema> DirectQueryAttributes() =>
    [
        Req("sql", AttributeType.Text, "The SQL statement; ? marks each argument."),
        Opt("response_type", AttributeType.Text, "list yields every row, single yields the first row.", "\"list\"", "list", "single"),
        Opt("parser", AttributeType.Text, "prepared binds the args safely; template_engine renders the SQL as a template first.",
            "\"prepared\"", "prepared", "template_engine"),
        Attr("arg", AttributeType.Any, "Value for the next ? placeholder; repeat once per placeholder.", repeatable: true),
    ];

    private static string ExternalDatabaseTitle(string database) => database switch
    {
        "postgres" => "PostgreSQL",
        "mysql" => "MySQL",
        "mssql" => "SQL Server",
        "oracle" => "Oracle",
        _ => "Snowflake",
    };
}
