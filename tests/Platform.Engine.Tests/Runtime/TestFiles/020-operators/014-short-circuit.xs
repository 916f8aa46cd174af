task short_circuit {
  stack {
    var $list { value = [] }
    debug.log { value = false && (1 / 0) }
    debug.log { value = true || (1 / 0) }
    return { value = null ?? "fallback" }
  }
}
