namespace Platform.Engine.Language.Catalog;

// Reference §6.7. Statements that only make sense while answering an HTTP request are NotSupported here:
// server runs (tasks, functions they call) have no raw request to read and no response to add headers to.
public static partial class StatementCatalog
{
    private static IEnumerable<StatementSchema> Utilities() =>
    [
        Bind("util.template_engine", StatementTarget.None, StatementBody.Attributes,
            "Renders a Twig template, with the stack variables under $var, and yields the text.",
            "util.template_engine {\n  value = \"Hello {{ $var.user.name }}, you have {{ $var.unread }} new messages.\"\n} as $greeting",
            Req("value", AttributeType.Text, "The template.")),

        Unsupported(Act("util.set_header", StatementTarget.None, StatementBody.Attributes,
            "Adds a header to the HTTP response of the current endpoint.",
            "util.set_header {\n  value = \"Cache-Control: no-store\"\n  duplicates = \"replace\"\n}",
            Req("value", AttributeType.Text, "The header, as \"Name: value\"."),
            Opt("duplicates", AttributeType.Text, "What to do when the header is already set.", "\"replace\""))),

        Bind("util.get_env", StatementTarget.None, StatementBody.Attributes,
            "Yields every environment variable of the workspace as one object.",
            "util.get_env as $environment"),

        Bind("util.get_all_input", StatementTarget.None, StatementBody.Attributes,
            "Yields all input of the current run as one object.",
            "util.get_all_input as $all_input"),

        Unsupported(Bind("util.get_input", StatementTarget.None, StatementBody.Attributes,
            "Yields the body of the current HTTP request decoded with the given encoding.",
            "util.get_input {\n  encoding = \"json\"\n} as $body",
            Opt("encoding", AttributeType.Text, "How to decode the body.", null, RawInputEncodings))),

        Unsupported(Bind("util.get_raw_input", StatementTarget.None, StatementBody.Attributes,
            "Yields the raw body of the current HTTP request, decoded when an encoding is given.",
            "util.get_raw_input {\n  encoding = \"json\"\n  exclude_middleware = true\n} as $raw_body",
            Opt("encoding", AttributeType.Text, "How to decode the body; empty keeps the raw text.", null, RawInputEncodings),
            Opt("exclude_middleware", AttributeType.Bool, "Read the body as received, before middleware changed it."))),

        Bind("util.get_vars", StatementTarget.None, StatementBody.Attributes,
            "Yields every stack variable of the current run as one object.",
            "util.get_vars as $variables"),

        Unsupported(Bind("util.ip_lookup", StatementTarget.None, StatementBody.Attributes,
            "Yields the geographic location of an IP address.",
            "util.ip_lookup {\n  value = \"8.8.8.8\"\n} as $location",
            Req("value", AttributeType.Text, "The IP address."))),

        Bind("util.geo_distance", StatementTarget.None, StatementBody.Attributes,
            "Yields the great-circle distance in metres between two points given by latitude and longitude.",
            "util.geo_distance {\n  latitude_1 = 40.7128\n  longitude_1 = -74.006\n  latitude_2 = 51.5074\n  longitude_2 = -0.1278\n} as $metres",
            Opt("latitude_1", AttributeType.Number, "Latitude of the first point.", "0"),
            Opt("longitude_1", AttributeType.Number, "Longitude of the first point.", "0"),
            Opt("latitude_2", AttributeType.Number, "Latitude of the second point.", "0"),
            Opt("longitude_2", AttributeType.Number, "Longitude of the second point.", "0")),
    ];

    private static string[] RawInputEncodings => ["json", "yaml", "x-www-form-urlencoded", ""];
}
