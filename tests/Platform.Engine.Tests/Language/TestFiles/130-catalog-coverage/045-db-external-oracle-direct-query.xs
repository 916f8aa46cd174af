// Catalog example of db.external.oracle.direct_query.
task example_db_external_oracle_direct_query {
  stack {
    db.external.oracle.direct_query {
      connection_string = $env.ORACLE_URL
      sql = "SELECT count(*) AS total FROM events WHERE day = ?"
      response_type = "single"
      arg = $day
    } as $stats
  }
}
