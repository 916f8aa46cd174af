task body_expression {
  "hello"
  stack {
  }
}
