// Catalog example of service.function.run.
task example_service_function_run {
  stack {
    service.function.run "reports/build_monthly" {
      input = {month: 5}
    } as $report
  }
}
