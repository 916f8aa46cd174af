task windows_lines {
  stack {
    var $count {
      value = 1
    }
    debug.log {
      value = $count
    }
  }
}
