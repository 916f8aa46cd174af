// Catalog example of datadog.log.
task example_datadog_log {
  stack {
    datadog.log {
      message = "Nightly import finished."
      status = "info"
      service = "importer"
    }
  }
}
