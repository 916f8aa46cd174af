task precondition_bare {
  stack {
    var $ready {
      value = true
    }
    precondition ($ready)
  }
}
