// Catalog example of db.external.mysql.direct_query.
task example_db_external_mysql_direct_query {
  stack {
    db.external.mysql.direct_query {
      connection_string = $env.MYSQL_URL
      sql = "SELECT count(*) AS total FROM events WHERE day = ?"
      response_type = "single"
      arg = $day
    } as $stats
  }
}
