task clause_comments {
  // what it does
  description = "Nightly export"

  // the work
  stack {
    debug.log {
      value = "export"
    }
  }

  // every night at two
  schedule = [{starts_on: 2025-10-01 02:00:00+0000, freq: 86400}]
  // end of task
}
