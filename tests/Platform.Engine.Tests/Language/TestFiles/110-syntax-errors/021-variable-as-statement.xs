task assignment_statement {
  stack {
    $a = 1
  }
}
