function audit {
  input {
  }
  stack {
    util.post_process {
      stack {
        debug.log {
          value = "function post_process"
        }
      }
    }
    debug.log {
      value = "function body"
    }
  }
  response = "audited"
}
