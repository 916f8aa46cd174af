task post_process {
  stack {
    util.post_process {
      stack {
        debug.log {
          value = "after the run"
        }
      }
    }
  }
}
