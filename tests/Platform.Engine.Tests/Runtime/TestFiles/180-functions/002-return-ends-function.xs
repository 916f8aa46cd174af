// return inside a function's loop ends the function (not the caller) and is its result; the response clause is
// only used when the stack runs to its end.
task return_ends_function {
  stack {
    function.run first_even {
      input = {numbers: [3, 5, 8, 9, 10]}
    } as $found
    function.run first_even {
      input = {numbers: [1, 3]}
    } as $none
    debug.log {
      value = "caller continues"
    }
    return {
      value = {found: $found, none: $none}
    }
  }
}
