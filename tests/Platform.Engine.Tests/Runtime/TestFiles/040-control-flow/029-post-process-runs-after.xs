task post {
  stack {
    util.post_process {
      stack {
        debug.log { value = "post process" }
      }
    }
    debug.log { value = "main stack" }
  }
}
