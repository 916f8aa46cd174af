// An error inside a function fails the run at the task's function.run; the report adds where inside the function
// it was raised (line and column in the function's own file).
task error_inside_function {
  stack {
    function.run charge {
      input = {amount: 10}
    } as $first
    debug.log {
      value = $first
    }
    function.run charge {
      input = {amount: -5}
    } as $second
  }
}
