task precondition_truthy {
  stack {
    precondition ("0.0") {
      error = "not reached"
    }
    precondition ([1]) {
      error = "not reached"
    }
    precondition ({}) {
      error = "empty object is falsy"
    }
  }
}
