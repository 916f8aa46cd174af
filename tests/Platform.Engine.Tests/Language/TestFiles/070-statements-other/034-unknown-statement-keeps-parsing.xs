task unknown_then_known {
  stack {
    notify.slack {
      channel = "#ops"
    }
    var $after {
      value = 1
    }
  }
}
