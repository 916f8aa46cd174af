// Catalog example of datadog.metric_bulk.
task example_datadog_metric_bulk {
  stack {
    datadog.metric_bulk {
      entries = $metric_points
    }
  }
}
