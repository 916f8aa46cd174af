task warehouse_stats {
  stack {
    db.external.postgres.direct_query {
      connection_string = $env.WAREHOUSE_URL
      sql = "SELECT count(*) AS total FROM events"
      response_type = "single"
    } as $stats
  }
}
