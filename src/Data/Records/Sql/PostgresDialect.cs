using System.Data.Common;
using System.Globalization;
using Npgsql;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>PostgreSQL: <c>data</c> is jsonb; fields are read with <c>-&gt;</c>/<c>-&gt;&gt;</c> and cast to their type.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    private const string UniqueViolation = "23505";
    private const string ProgramLimitExceeded = "54000";

    public static PostgresDialect Instance { get; } = new();

    public override string Field(string document, IReadOnlyList<string> path, SqlKind kind)
    {
        if (kind == SqlKind.Json)
            return "(" + RawJson(document, path) + ")";
        var text = "(" + document + string.Concat(path.Take(path.Count - 1).Select(k => " -> " + Literal(k))) + " ->> " + Literal(path[^1]) + ")";
        return kind switch
        {
            SqlKind.Number => "(" + text + "::numeric)",
            SqlKind.Bool => "(" + text + "::boolean)",
            _ => text,
        };
    }

    public override string RawJson(string document, IReadOnlyList<string> path) => document + string.Concat(path.Select(k => " -> " + Literal(k)));

    public override string JsonParameter(string placeholder) => "CAST(" + placeholder + " AS jsonb)";

    public override string Value(SqlStatement sql, XsValue value, SqlKind kind) => kind switch
    {
        SqlKind.Number => sql.Parameter(Number(value)),
        SqlKind.Bool => sql.Parameter(value.AsBool),
        SqlKind.Text => sql.Parameter(value.AsText),
        _ => JsonParameter(sql.Parameter(JsonValues.Serialize(value))),
    };

    // numeric, so that a comparison with an indexed (… )::numeric expression keeps the index.
    private static object Number(XsValue value)
    {
        if (value.IsInteger)
            return (decimal)value.AsInt;
        var number = value.AsDecimal;
        return Math.Abs(number) < 7.9e27 ? (object)(decimal)number : number;
    }

    public override string JsonText(string json) => $"({json} #>> '{{}}')";

    public override string JsonTruthy(string json) =>
        $"({json} IS NOT NULL AND {json} NOT IN ('null'::jsonb, 'false'::jsonb, '0'::jsonb, '\"\"'::jsonb, '\"0\"'::jsonb, '[]'::jsonb, '{{}}'::jsonb))";

    public override string DistinctFrom(string left, string right) => $"({left} IS DISTINCT FROM {right})";

    public override string TextContains(string text, string part) => $"(strpos({text}, {part}) > 0)";

    public override string ArrayContains(string document, IReadOnlyList<string> path, string jsonPart) =>
        $"(jsonb_typeof({RawJson(document, path)}) = 'array' AND {RawJson(document, path)} @> jsonb_build_array({jsonPart}))";

    public override string ArraysOverlap(string document, IReadOnlyList<string> path, string jsonArray) =>
        $"(jsonb_typeof({RawJson(document, path)}) = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements({RawJson(document, path)}) AS a(v) WHERE {jsonArray} @> jsonb_build_array(a.v)))";

    public override string JsonContains(string document, IReadOnlyList<string> path, string jsonPart) => $"({RawJson(document, path)} @> {jsonPart})";

    public override string Like(string text, string pattern, bool ignoreCase) => $"({text} {(ignoreCase ? "ILIKE" : "LIKE")} {pattern})";

    public override string RegexMatch(string text, string pattern) => $"({text} ~ {pattern})";

    // PHP-style "/body/flags": PostgreSQL's regular expressions take the flags we can honour as an embedded (?i).
    public override string RegexPattern(string pattern) =>
        RegexDelimiters.Split(pattern) is var (body, flags) && flags.Contains('i', StringComparison.Ordinal) ? "(?i)" + body : RegexDelimiters.Split(pattern).Body;

    public override string Greatest(string left, string right) => $"GREATEST({left}, {right})";

    public override string TimestampPart(string epochMilliseconds, string part) =>
        $"CAST(extract({part} from to_timestamp(CAST({epochMilliseconds} AS double precision) / 1000) AT TIME ZONE 'UTC') AS bigint)";

    public override string WholeDivide(string value, long divisor) => $"trunc({value} / {divisor.ToString(CultureInfo.InvariantCulture)})";

    public override string ArrayLength(string json) => $"jsonb_array_length({json})";

    public override bool FailedStatementAbortsTransaction => true;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: UniqueViolation };

    public override bool IsIndexEntryTooLarge(DbException exception) => exception is PostgresException { SqlState: ProgramLimitExceeded };
}
