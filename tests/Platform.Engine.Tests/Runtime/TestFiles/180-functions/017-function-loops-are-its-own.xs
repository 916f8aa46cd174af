// A function's foreach.remove acts on the function's own loop; called from inside the task's loop, a function
// cannot remove elements of the task's list.
task function_loops_are_its_own {
  stack {
    var $rows {
      value = [1, 2, 3]
    }
    foreach ($rows) {
      each as $row {
        function.run evens {
          input = {numbers: [$row, $row + 1, $row + 2]}
        } as $even
        debug.log {
          value = $even
        }
      }
    }
    debug.log {
      value = $rows
    }
    foreach ($rows) {
      each as $row {
        function.run stray as $nothing
      }
    }
  }
}
