task pre_standard {
  stack {
    var $n { value = 0 }
    precondition ($n > 0)
  }
}
