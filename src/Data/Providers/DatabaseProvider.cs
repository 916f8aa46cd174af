namespace Platform.Data.Providers;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
