task coalesce {
  stack {
    var $o { value = {a: 0, b: false, c: null} }
    debug.log { value = $o.a ?? "x" }
    debug.log { value = $o.b ?? "x" }
    debug.log { value = $o.c ?? "x" }
    debug.log { value = $o.missing ?? $o.c ?? "last" }
    return { value = "" ?? "x" }
  }
}
