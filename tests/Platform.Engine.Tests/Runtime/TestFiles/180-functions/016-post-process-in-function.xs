// A function's util.post_process runs when the function ends; the task's own runs after the task's stack.
task post_process_in_function {
  stack {
    util.post_process {
      stack {
        debug.log {
          value = "task post_process"
        }
      }
    }
    function.run audit as $audited
    debug.log {
      value = $audited
    }
  }
}
