task precondition_no_condition {
  stack {
    precondition {
      error = "no condition"
    }
  }
}
