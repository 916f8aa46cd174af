task stack_value {
  stack = []
}
