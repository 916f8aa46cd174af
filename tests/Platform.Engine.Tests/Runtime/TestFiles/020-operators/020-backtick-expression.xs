task backtick {
  stack {
    var $a { value = 3 }
    debug.log { value = `$a * 2` }
    conditional {
      if (`$a > 1`) {
        debug.log { value = "greater" }
      }
    }
    return { value = `$a + 1` }
  }
}
