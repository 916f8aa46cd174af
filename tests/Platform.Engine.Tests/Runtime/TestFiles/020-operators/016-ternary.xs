task ternary {
  stack {
    var $a { value = 5 }
    debug.log { value = $a > 3 ? "big" : "small" }
    debug.log { value = $a > 10 ? "huge" : $a > 3 ? "big" : "small" }
    return { value = $a == null ? null : $a * 2 }
  }
}
