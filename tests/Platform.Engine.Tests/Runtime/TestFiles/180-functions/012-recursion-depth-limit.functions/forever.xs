function forever {
  input {
    int depth?=0
  }
  stack {
    debug.log {
      value = $input.depth
    }
    function.run forever {
      input = {depth: $input.depth + 1}
    } as $never
  }
  response = $never
}
