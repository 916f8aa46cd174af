// Catalog example of db.external.mssql.direct_query.
task example_db_external_mssql_direct_query {
  stack {
    db.external.mssql.direct_query {
      connection_string = $env.MSSQL_URL
      sql = "SELECT count(*) AS total FROM events WHERE day = ?"
      response_type = "single"
      arg = $day
    } as $stats
  }
}
