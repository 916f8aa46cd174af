// Calling a function the workspace does not have is a not-found error at the call (this case has no .functions folder).
task function_not_found {
  stack {
    try_catch {
      try {
        function.run "billing/missing" as $outcome
      }
      catch {
        debug.log {
          value = $error.code
        }
      }
    }
    function.run "billing/missing" as $again
  }
}
