task number_statement {
  stack {
    42
  }
}
