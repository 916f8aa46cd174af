task datasource_number {
  datasource = 5
  stack {
    debug.log {
      value = "run"
    }
  }
}
