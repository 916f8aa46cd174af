// A function may call itself; each call has its own frame.
task recursion {
  stack {
    function.run "math/factorial" {
      input = {n: 10}
    } as $outcome
    return {
      value = $outcome
    }
  }
}
