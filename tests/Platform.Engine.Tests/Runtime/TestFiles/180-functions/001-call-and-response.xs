// function.run binds the input, runs the function's stack and yields its response clause.
task call_and_response {
  stack {
    function.run "math/add" {
      input = {a: 2, b: 40}
    } as $sum
    debug.log {
      value = $sum
    }
    return {
      value = $sum
    }
  }
}
