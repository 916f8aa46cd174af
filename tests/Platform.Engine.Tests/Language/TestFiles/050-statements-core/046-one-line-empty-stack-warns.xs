task one_line_stack {
  stack {}
}
