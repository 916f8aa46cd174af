task one_line_if {
  stack {
    var $n {
      value = 1
    }
    conditional {
      if ($n > 0) { debug.log { value = "positive" } }
    }
  }
}
