task clause_no_equals {
  description "nightly"
  stack {
  }
}
