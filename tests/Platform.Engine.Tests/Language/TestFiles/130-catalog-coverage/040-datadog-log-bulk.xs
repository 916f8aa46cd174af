// Catalog example of datadog.log_bulk.
task example_datadog_log_bulk {
  stack {
    datadog.log_bulk {
      entries = $log_entries
    }
  }
}
