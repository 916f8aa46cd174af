// Catalog example of db.external.snowflake.direct_query.
task example_db_external_snowflake_direct_query {
  stack {
    db.external.snowflake.direct_query {
      connection_string = $env.SNOWFLAKE_URL
      sql = "SELECT count(*) AS total FROM events WHERE day = ?"
      response_type = "single"
      arg = $day
    } as $stats
  }
}
