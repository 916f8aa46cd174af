task reserved_var {
  stack {
    var $input {
      value = {}
    }
    var $env {
      value = 1
    }
  }
}
