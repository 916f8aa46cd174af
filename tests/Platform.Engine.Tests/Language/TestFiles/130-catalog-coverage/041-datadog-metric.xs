// Catalog example of datadog.metric.
task example_datadog_metric {
  stack {
    datadog.metric {
      metric = "import.rows"
      value = $row_count
      type = "gauge"
    }
  }
}
