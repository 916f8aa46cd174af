task declare_variable {
  stack {
    var $greeting {
      value = "hello"
    }
  }
}
