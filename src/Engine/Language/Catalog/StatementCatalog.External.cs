namespace Platform.Engine.Language.Catalog;

// Reference §6.6, with the cloud.* names and parameters taken from ENG kinds.json.
public static partial class StatementCatalog
{
    private static string[] HttpMethods => ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private static IEnumerable<StatementSchema> External() =>
    [
        Bind("api.request", StatementTarget.None, StatementBody.Attributes,
            "Sends an HTTP request and yields {request, response}; the response body is decoded when it is JSON.",
            "api.request {\n  url = \"https://api.example.com/orders\"\n  method = \"POST\"\n  params = {sku: $input.sku, quantity: 2}\n"
            + "  headers = [\"Authorization: Bearer \" ~ $env.SHOP_TOKEN]\n  timeout = 30\n} as $order_response",
            [Req("url", AttributeType.Text, "Address to call."), HttpMethod(), .. HttpOptions()]),

        Unsupported(Bind("api.lambda", StatementTarget.None, StatementBody.Attributes,
            "Runs JavaScript or TypeScript code with $input, $var, $auth and $env visible and yields what it returns.",
            "api.lambda {\n  code = \"return $input.values.reduce((a, b) => a + b, 0);\"\n  timeout = 5\n} as $sum",
            Req("code", AttributeType.Text, "The code to run; its return value is the result."),
            Opt("timeout", AttributeType.Number, "Seconds the code may run.", "10"))),

        Unsupported(Act("api.stream", StatementTarget.None, StatementBody.Attributes,
            "Streams a value to the client of an endpoint whose response type is stream.",
            "api.stream {\n  value = $chunk\n}",
            Req("value", AttributeType.Any, "The data to send."))),

        Unsupported(Act("api.realtime_event", StatementTarget.None, StatementBody.Attributes,
            "Sends an event with a data payload over a realtime channel.",
            "api.realtime_event {\n  channel = \"notifications\"\n  data = $alert\n  auth_table = \"user\"\n  auth_id = $user.id\n}",
            Req("channel", AttributeType.Text, "Channel to send on."),
            Req("data", AttributeType.Any, "The event payload."),
            Opt("auth_table", AttributeType.Text, "Table of the user the event is sent as.", "\"\""),
            Req("auth_id", AttributeType.Any, "Id of the user the event is sent as."))),

        Unsupported(Bind("stream.from_csv", StatementTarget.None, StatementBody.Attributes,
            "Reads CSV text or a CSV file lazily and yields a stream of rows for foreach.",
            "stream.from_csv {\n  value = $input.file\n  separator = \";\"\n} as $rows",
            Req("value", AttributeType.Any, "CSV text or file resource."),
            Opt("separator", AttributeType.Text, "Field separator.", "\",\""),
            Opt("enclosure", AttributeType.Text, "Quote character around fields.", "\"\\\"\""),
            Opt("escape_char", AttributeType.Text, "Escape character inside quoted fields.", "\"\\\"\""))),

        Unsupported(Bind("stream.from_jsonl", StatementTarget.None, StatementBody.Attributes,
            "Reads JSON Lines text or a file lazily and yields a stream of decoded values for foreach.",
            "stream.from_jsonl {\n  value = $input.file\n} as $records",
            Req("value", AttributeType.Any, "JSON Lines text or file resource."))),

        Unsupported(Bind("stream.from_request", StatementTarget.None, StatementBody.Attributes,
            "Sends an HTTP request and yields its response body as a stream for foreach.",
            "stream.from_request {\n  url = \"https://api.example.com/export\"\n  method = \"GET\"\n} as $lines",
            [Req("url", AttributeType.Text, "Address to call."), HttpMethod(), .. HttpOptions()])),

        Bind("util.send_email", StatementTarget.None, StatementBody.Attributes,
            "Sends an email through Xano's mailer or Resend and yields the provider's answer.",
            "util.send_email {\n  service_provider = \"resend\"\n  api_key = $env.RESEND_API_KEY\n  from = \"reports@example.com\"\n"
            + "  to = $user.email\n  subject = \"Your weekly report\"\n  message = $report_html\n} as $email",
            Opt("service_provider", AttributeType.Text, "Who delivers the email.", "\"xano\"", "xano", "resend"),
            Opt("api_key", AttributeType.Text, "Provider API key; required for resend."),
            Req("subject", AttributeType.Text, "Subject line."),
            Req("message", AttributeType.Text, "Message body."),
            Opt("to", AttributeType.Any, "Recipient address or list of addresses; required for resend."),
            Opt("from", AttributeType.Text, "Sender address; required for resend."),
            Opt("cc", AttributeType.Array, "Copy recipients.", "[]"),
            Opt("bcc", AttributeType.Array, "Blind copy recipients.", "[]"),
            Opt("reply_to", AttributeType.Any, "Reply-to address."),
            Opt("scheduled_at", AttributeType.Timestamp, "When to send; now when left out.")),

        Unsupported(Bind("webflow.request", StatementTarget.None, StatementBody.Attributes,
            "Sends a request to the Webflow API through the workspace's Webflow connection and yields the response.",
            "webflow.request {\n  path = \"/collections/6512ab/items\"\n  method = \"GET\"\n} as $items",
            [Req("path", AttributeType.Text, "Path of the Webflow API call."), HttpMethod(), .. HttpOptions()])),

        .. CloudStatements(),
    ];

    private static AttributeSchema HttpMethod() => Opt("method", AttributeType.Text, "HTTP method.", "\"GET\"", HttpMethods);

    private static IEnumerable<AttributeSchema> HttpOptions() =>
    [
        Opt("params", AttributeType.Object, "Body of POST, PUT and PATCH requests; query string otherwise.", "{}"),
        Opt("headers", AttributeType.Array, "Request headers, as \"Name: value\" strings.", "[]"),
        Opt("timeout", AttributeType.Number, "Seconds to wait for the response.", "10"),
        Opt("follow_location", AttributeType.Bool, "Follow redirects.", "true"),
        Opt("verify_host", AttributeType.Bool, "Check that the certificate matches the host name.", "true"),
        Opt("verify_peer", AttributeType.Bool, "Check the server certificate.", "true"),
        Opt("ca_certificate", AttributeType.Text, "Extra certificate authority to trust, PEM.", "\"\""),
        Opt("certificate", AttributeType.Text, "Client certificate, PEM.", "\"\""),
        Opt("certificate_pass", AttributeType.Text, "Password of the client certificate.", "\"\""),
        Opt("private_key", AttributeType.Text, "Client private key, PEM.", "\"\""),
        Opt("private_key_pass", AttributeType.Text, "Password of the client private key.", "\"\""),
    ];

    private static IEnumerable<StatementSchema> CloudStatements() =>
    [
        .. FileStore("cloud.aws.s3", "an Amazon S3 bucket", S3Access, "file_key", "reports/2025-05.csv",
            [Opt("prefix", AttributeType.Text, "Only list keys that start with this."),
             Opt("next_page_token", AttributeType.Text, "Token from the previous page of results.")],
            [Opt("ttl", AttributeType.Int, "Seconds the signed URL stays valid.", "300")],
            [Opt("metadata", AttributeType.Object, "Metadata stored with the file."),
             Opt("object_lock_mode", AttributeType.Text, "S3 object lock mode."),
             Opt("object_lock_retain_until", AttributeType.Timestamp, "S3 object lock retention date.")]),
        .. FileStore("cloud.azure.storage", "an Azure Blob Storage container", AzureAccess, "filePath", "reports/2025-05.csv",
            [Opt("path", AttributeType.Text, "Folder to list.")],
            [Opt("ttl", AttributeType.Int, "Seconds the signed URL stays valid.")],
            [Opt("metadata", AttributeType.Object, "Metadata stored with the file.")]),
        .. FileStore("cloud.google.storage", "a Google Cloud Storage bucket", GoogleAccess, "filePath", "reports/2025-05.csv",
            [Opt("path", AttributeType.Text, "Folder to list.")],
            [Opt("method", AttributeType.Text, "HTTP method the signed URL allows."),
             Opt("ttl", AttributeType.Int, "Seconds the signed URL stays valid.")],
            [Opt("metadata", AttributeType.Object, "Metadata stored with the file.")]),

        Unsupported(Bind("cloud.algolia.request", StatementTarget.None, StatementBody.Attributes,
            "Sends a request to the Algolia search API and yields the response.",
            "cloud.algolia.request {\n  application_id = $env.ALGOLIA_APP_ID\n  api_key = $env.ALGOLIA_KEY\n"
            + "  url = \"/1/indexes/products/query\"\n  method = \"POST\"\n  payload = {query: $input.q}\n} as $hits",
            Req("application_id", AttributeType.Text, "Algolia application id."),
            Req("api_key", AttributeType.Text, "Algolia API key."),
            Req("url", AttributeType.Text, "Path of the Algolia API call."),
            Req("method", AttributeType.Text, "HTTP method."),
            Req("payload", AttributeType.Any, "Request body."))),

        .. SearchService("cloud.aws.opensearch", "Amazon OpenSearch", "\"IAM\""),
        .. SearchService("cloud.elasticsearch", "Elasticsearch", "\"API Key\""),
    ];

    private static AttributeSchema[] S3Access =>
    [
        Req("bucket", AttributeType.Text, "Bucket name."),
        Req("region", AttributeType.Text, "AWS region of the bucket."),
        Req("key", AttributeType.Text, "AWS access key id."),
        Req("secret", AttributeType.Text, "AWS secret access key."),
    ];

    private static AttributeSchema[] AzureAccess =>
    [
        Req("account_name", AttributeType.Text, "Storage account name."),
        Req("account_key", AttributeType.Text, "Storage account key."),
        Req("container_name", AttributeType.Text, "Blob container name."),
    ];

    private static AttributeSchema[] GoogleAccess =>
    [
        Req("service_account", AttributeType.Any, "Service account credentials (JSON)."),
        Req("bucket", AttributeType.Text, "Bucket name."),
    ];

    /// <summary>The six file statements every cloud file store offers, under <paramref name="prefix"/>.</summary>
    private static IEnumerable<StatementSchema> FileStore(
        string prefix, string where, AttributeSchema[] access, string pathAttribute, string pathExample,
        AttributeSchema[] listOptions, AttributeSchema[] signOptions, AttributeSchema[] uploadOptions)
    {
        var path = Req(pathAttribute, AttributeType.Text, "Path of the file in the store.");
        var uploadPath = prefix == "cloud.aws.s3" ? Opt(pathAttribute, AttributeType.Text, "Path of the file in the store.") : path;
        var accessLines = string.Concat(access.Select(a => $"  {a.Name} = {CloudExampleValue(a.Name)}\n"));

        string Example(string operation, string extraLines, string result) =>
            $"{prefix}.{operation} {{\n{accessLines}{extraLines}}} as ${result}";

        return
        [
            Unsupported(Bind($"{prefix}.delete_file", StatementTarget.None, StatementBody.Attributes,
                $"Deletes a file from {where}.",
                Example("delete_file", $"  {pathAttribute} = \"{pathExample}\"\n", "deleted"),
                [.. access, path])),
            Unsupported(Bind($"{prefix}.get_file_info", StatementTarget.None, StatementBody.Attributes,
                $"Yields the metadata of a file in {where}.",
                Example("get_file_info", $"  {pathAttribute} = \"{pathExample}\"\n", "file_info"),
                [.. access, path])),
            Unsupported(Bind($"{prefix}.list_directory", StatementTarget.None, StatementBody.Attributes,
                $"Yields the files stored in {where}, one page at a time.",
                Example("list_directory", $"  {listOptions[0].Name} = \"reports/\"\n", "files"),
                [.. access, .. listOptions])),
            Unsupported(Bind($"{prefix}.read_file", StatementTarget.None, StatementBody.Attributes,
                $"Downloads a file from {where} and yields it as a file resource.",
                Example("read_file", $"  {pathAttribute} = \"{pathExample}\"\n", "file"),
                [.. access, path])),
            Unsupported(Bind($"{prefix}.sign_url", StatementTarget.None, StatementBody.Attributes,
                $"Yields a signed, time-limited URL for a file in {where}.",
                Example("sign_url", $"  {pathAttribute} = \"{pathExample}\"\n  ttl = 600\n", "download_url"),
                [.. access, path, .. signOptions])),
            Unsupported(Bind($"{prefix}.upload_file", StatementTarget.None, StatementBody.Attributes,
                $"Uploads a file resource to {where} and yields the stored file's details.",
                Example("upload_file", $"  {pathAttribute} = \"{pathExample}\"\n  file = $report_file\n", "upload"),
                [.. access, uploadPath, Req("file", AttributeType.Any, "The file resource to upload."), .. uploadOptions])),
        ];
    }

    private static string CloudExampleValue(string attribute) => attribute switch
    {
        "bucket" => "\"acme-reports\"",
        "region" => "\"us-east-1\"",
        "key" => "$env.AWS_ACCESS_KEY_ID",
        "secret" => "$env.AWS_SECRET_ACCESS_KEY",
        "account_name" => "\"acmestorage\"",
        "account_key" => "$env.AZURE_STORAGE_KEY",
        "container_name" => "\"reports\"",
        _ => "$env.GCS_SERVICE_ACCOUNT",
    };

    /// <summary>document, query and request for an OpenSearch-compatible search service.</summary>
    private static IEnumerable<StatementSchema> SearchService(string prefix, string title, string authDefault)
    {
        AttributeSchema[] credentials =
        [
            Opt("auth_type", AttributeType.Text, "How to authenticate.", authDefault),
            Opt("key_id", AttributeType.Text, "Access key id or API key id.", "\"\""),
            Opt("access_key", AttributeType.Text, "Secret access key or API key.", "\"\""),
            Opt("region", AttributeType.Text, "Region of the service.", "\"\""),
        ];

        return
        [
            Unsupported(Bind($"{prefix}.document", StatementTarget.None, StatementBody.Attributes,
                $"Reads, writes or deletes one document in a {title} index and yields the response.",
                $"{prefix}.document {{\n  base_url = $env.SEARCH_URL\n  index = \"products\"\n  method = \"PUT\"\n"
                + "  doc_id = $product.id\n  doc = $product\n} as $indexed",
                [.. credentials,
                 Req("base_url", AttributeType.Text, "Address of the search cluster."),
                 Req("index", AttributeType.Text, "Index name."),
                 Opt("method", AttributeType.Text, "HTTP method: GET reads, PUT writes, DELETE removes.", "\"GET\"", HttpMethods),
                 Opt("doc_id", AttributeType.Text, "Document id.", "\"\""),
                 Opt("doc", AttributeType.Any, "Document body to write.", "\"\"")])),
            Unsupported(Bind($"{prefix}.query", StatementTarget.None, StatementBody.Attributes,
                $"Runs a search query against a {title} index and yields the hits.",
                $"{prefix}.query {{\n  index = \"products\"\n  payload = {{query: {{match: {{name: $input.q}}}}}}\n  size = 20\n}} as $hits",
                [.. credentials,
                 Opt("index", AttributeType.Text, "Index name.", "\"\""),
                 Opt("payload", AttributeType.Object, "The query body.", "{}"),
                 Opt("size", AttributeType.Int, "Most hits to return.", "null"),
                 Opt("from", AttributeType.Int, "Hits to skip."),
                 Opt("sort", AttributeType.Array, "Sort order.", "[]"),
                 Opt("included_fields", AttributeType.Array, "Fields to return for each hit.", "[]"),
                 Opt("return_type", AttributeType.Text, "Shape of the result.", "\"search\"")])),
            Unsupported(Bind($"{prefix}.request", StatementTarget.None, StatementBody.Attributes,
                $"Sends any request to the {title} API and yields the response.",
                $"{prefix}.request {{\n  url = $env.SEARCH_URL ~ \"/_cat/indices\"\n  method = \"GET\"\n}} as $indices",
                [.. credentials,
                 Opt("method", AttributeType.Text, "HTTP method.", prefix == "cloud.elasticsearch" ? "\"POST\"" : "\"GET\"", HttpMethods),
                 Opt("url", AttributeType.Text, "Address of the call.", "\"\""),
                 Opt("query", AttributeType.Object, "Request body.", "{}")])),
        ];
    }
}
