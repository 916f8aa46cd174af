// A function runs in a fresh variable scope (reference §5.4): it cannot see the caller's variables, and its own
// variables do not leak back (its $count does not replace the caller's). $input is the function's own.
task fresh_scope {
  stack {
    var $caller_count {
      value = 1
    }
    var $count {
      value = "caller's"
    }
    function.run scoped {
      input = {n: 4}
    } as $inner
    debug.log {
      value = $inner
    }
    util.get_vars as $after
    return {
      value = $after
    }
  }
}
