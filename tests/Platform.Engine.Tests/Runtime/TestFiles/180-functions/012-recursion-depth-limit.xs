// Unbounded recursion stops at the run's function depth limit (32): a limit, not a script error, so the try_catch
// does not catch it. The position is the task's own function.run.
task recursion_depth_limit {
  stack {
    try_catch {
      try {
        function.run forever as $outcome
      }
      catch {
        debug.log {
          value = "never caught"
        }
      }
    }
  }
}
