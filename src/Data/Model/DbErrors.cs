using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Data.Model;

internal static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    /// <summary>True when a save failed on a unique index: another writer got there first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
