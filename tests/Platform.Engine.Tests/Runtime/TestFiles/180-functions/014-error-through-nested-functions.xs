// An error from two levels down: a catch in the task sees it unchanged ($error.name and message); uncaught, it is
// reported at the task's call with both functions, innermost first.
task error_through_nested_functions {
  stack {
    try_catch {
      try {
        function.run "orders/outer" as $caught
      }
      catch {
        debug.log {
          value = $error
        }
      }
    }
    function.run "orders/outer" as $uncaught
  }
}
