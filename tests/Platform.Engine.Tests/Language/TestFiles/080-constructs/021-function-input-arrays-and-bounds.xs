function list_inputs {
  input {
    text[] tags
    int[1:10] scores
    int[:3] podium
    decimal[] prices
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
