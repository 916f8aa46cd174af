task push_error {
  stack {
    var $name {
      value = "not a list"
    }
    debug.log {
      value = "before"
    }
    array.push $name {
      value = 1
    }
    debug.log {
      value = "never"
    }
  }
}
