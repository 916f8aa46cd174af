using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Engine.Runtime.Evaluation;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// SQLite: <c>data</c> is JSON text; fields are read with <c>json_extract</c>, which gives numbers, text and 1/0 for
/// booleans. REGEXP and JSON containment are functions registered on each connection.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;

    public static SqliteDialect Instance { get; } = new();

    public override string Field(string document, IReadOnlyList<string> path, SqlKind kind) => $"json_extract({document}, {Path(path)})";

    public override string RawJson(string document, IReadOnlyList<string> path) => $"({document} -> {Path(path)})";

    public override string JsonParameter(string placeholder) => $"json({placeholder})";

    public override string Value(SqlStatement sql, XsValue value, SqlKind kind) => value.Kind switch
    {
        ValueKind.Bool => sql.Parameter(value.AsBool ? 1L : 0L),
        ValueKind.Int or ValueKind.Timestamp => sql.Parameter(value.AsInt),
        ValueKind.Decimal => sql.Parameter(value.AsDecimal),
        ValueKind.Text => sql.Parameter(value.AsText),
        ValueKind.Null => "NULL",
        _ => JsonParameter(sql.Parameter(JsonValues.Serialize(value))),
    };

    public override string JsonText(string json) => $"CAST({json} AS TEXT)";

    public override string JsonTruthy(string json) => $"({json} IS NOT NULL AND {json} NOT IN (0, '', '0', '[]', '{{}}'))";

    public override string DistinctFrom(string left, string right) => $"({left} IS NOT {right})";

    public override string TextContains(string text, string part) => $"(instr({text}, {part}) > 0)";

    public override string ArrayContains(string document, IReadOnlyList<string> path, string jsonPart) =>
        $"(json_type({document}, {Path(path)}) = 'array' AND EXISTS (SELECT 1 FROM json_each({document}, {Path(path)}) AS e WHERE e.value = {jsonPart}))";

    public override string ArraysOverlap(string document, IReadOnlyList<string> path, string jsonArray) =>
        $"(json_type({document}, {Path(path)}) = 'array' AND EXISTS (SELECT 1 FROM json_each({document}, {Path(path)}) AS a, json_each({jsonArray}) AS b WHERE a.value = b.value))";

    public override string JsonContains(string document, IReadOnlyList<string> path, string jsonPart) => $"xs_json_contains({RawJson(document, path)}, {jsonPart})";

    // LIKE ignores ASCII case in SQLite; a case-sensitive LIKE is written as a GLOB (see LikePattern).
    public override string Like(string text, string pattern, bool ignoreCase) =>
        ignoreCase ? $"({text} LIKE {pattern} ESCAPE '\\')" : $"({text} GLOB {pattern})";

    /// <summary>A LIKE pattern as a GLOB: % is *, _ is ?, and GLOB's own * ? [ are matched literally.</summary>
    public override string LikePattern(string pattern, bool ignoreCase)
    {
        if (ignoreCase)
            return pattern;
        var glob = new StringBuilder(pattern.Length + 8);
        foreach (var c in pattern)
        {
            glob.Append(c switch
            {
                '%' => "*",
                '_' => "?",
                '*' => "[*]",
                '?' => "[?]",
                '[' => "[[]",
                _ => c.ToString(),
            });
        }
        return glob.ToString();
    }

    public override string RegexMatch(string text, string pattern) => $"({text} REGEXP {pattern})";

    public override string Greatest(string left, string right) => $"MAX({left}, {right})";

    public override string TimestampPart(string epochMilliseconds, string part) =>
        $"CAST(strftime('{StrftimeOf(part)}', CAST({epochMilliseconds} AS INTEGER) / 1000, 'unixepoch') AS INTEGER)";

    private static string StrftimeOf(string part) => part switch
    {
        "year" => "%Y",
        "month" => "%m",
        "day" => "%d",
        "hour" => "%H",
        "minute" => "%M",
        "dow" => "%w",
        "doy" => "%j",
        "week" => "%W",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a timestamp part."),
    };

    public override string WholeDivide(string value, long divisor) => $"CAST({value} / {divisor.ToString(CultureInfo.InvariantCulture)} AS INTEGER)";

    public override string ArrayLength(string json) => $"json_array_length({json})";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override void Prepare(DbConnection connection)
    {
        var sqlite = (SqliteConnection)connection;
        // The runtime's own matching: PHP-style delimiters and flags, and a time limit per match.
        sqlite.CreateFunction("regexp", (string? pattern, string? text) => pattern is null || text is null ? (bool?)null : Patterns.IsMatch(pattern, text), isDeterministic: true);
        sqlite.CreateFunction("xs_json_contains", (string? container, string? part) =>
            container is null || part is null ? (bool?)null : Operators.Query(Engine.Language.Syntax.BinaryOperator.JsonContains, JsonValues.Parse(container), JsonValues.Parse(part)),
            isDeterministic: true);
    }

    public override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };

    /// <summary>
    /// A JSON path literal for one key per level: <c>'$."key"'</c>. A quoted label cannot hold a double quote, so
    /// quotes and backslashes are written as JSON \u escapes, which SQLite decodes when it compares labels.
    /// </summary>
    public static string Path(IReadOnlyList<string> path)
    {
        var builder = new StringBuilder("$");
        foreach (var key in path)
            builder.Append(".\"").Append(key.Replace("\\", "\\u005c", StringComparison.Ordinal).Replace("\"", "\\u0022", StringComparison.Ordinal)).Append('"');
        return Literal(builder.ToString());
    }
}
