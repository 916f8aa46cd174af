using System.Data.Common;
using Platform.Engine.Runtime.Values;

namespace Platform.Data.Records.Sql;

/// <summary>
/// What differs between PostgreSQL and SQLite in the record store's SQL: reading a field out of a record's JSON
/// document, binding values, and the operators that have no common spelling. Everything else is standard SQL.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The document column of the unaliased records table; a joined table's is <c>r1.data</c>.</summary>
    public const string Data = "data";

    /// <summary>The expression of a field (or a path into a JSON field) of a record's document, as a value of the kind.</summary>
    public abstract string Field(string document, IReadOnlyList<string> path, SqlKind kind);

    /// <summary>The field's value as JSON (jsonb or JSON text), whatever its type.</summary>
    public abstract string RawJson(string document, IReadOnlyList<string> path);

    /// <summary>A parameter holding JSON text, as the dialect's JSON type.</summary>
    public abstract string JsonParameter(string placeholder);

    /// <summary>A parameter (already coerced to the kind by <see cref="SqlValues"/>) compared with an expression of the kind.</summary>
    public abstract string Value(SqlStatement sql, XsValue value, SqlKind kind);

    public abstract string TextContains(string text, string part);

    /// <summary>A JSON expression's value as text (a JSON string without its quotes).</summary>
    public abstract string JsonText(string json);

    /// <summary>True when a JSON expression holds a truthy value (not null, false, 0, "", "0", [] or {}).</summary>
    public abstract string JsonTruthy(string json);

    /// <summary><c>a IS DISTINCT FROM b</c>: unequal, with null a value like any other.</summary>
    public abstract string DistinctFrom(string left, string right);

    /// <summary>True when the JSON array at the path holds the JSON value of the parameter.</summary>
    public abstract string ArrayContains(string document, IReadOnlyList<string> path, string jsonPart);

    /// <summary>True when the JSON array at the path and the JSON array parameter share a value.</summary>
    public abstract string ArraysOverlap(string document, IReadOnlyList<string> path, string jsonArray);

    public abstract string JsonContains(string document, IReadOnlyList<string> path, string jsonPart);

    public abstract string Like(string text, string pattern, bool ignoreCase);

    /// <summary>The parameter value for a LIKE pattern (SQLite's case-sensitive LIKE is a GLOB).</summary>
    public virtual string LikePattern(string pattern, bool ignoreCase) => pattern;

    public abstract string RegexMatch(string text, string pattern);

    public virtual string RegexPattern(string pattern) => pattern;

    public abstract string Greatest(string left, string right);

    /// <summary>A timestamp part (year, month, day, hour, minute, dow, doy, week) of epoch milliseconds, in UTC.</summary>
    public abstract string TimestampPart(string epochMilliseconds, string part);

    /// <summary>Integer division that truncates, whatever the operands' types.</summary>
    public abstract string WholeDivide(string value, long divisor);

    public abstract string ArrayLength(string json);

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Sets up a newly opened connection (SQLite: the functions the SQL uses).</summary>
    public virtual void Prepare(DbConnection connection)
    {
    }

    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>After a failed statement the transaction accepts no more (PostgreSQL), so statements need savepoints.</summary>
    public virtual bool FailedStatementAbortsTransaction => false;

    /// <summary>A value too large for an index entry (PostgreSQL btree entries hold about 2,700 bytes).</summary>
    public virtual bool IsIndexEntryTooLarge(DbException exception) => false;

    /// <summary>A text literal of our own making (a field name); quotes are doubled.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
