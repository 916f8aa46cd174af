task logical {
  stack {
    debug.log { value = 0 || 1 }
    debug.log { value = 1 && "" }
    debug.log { value = "a" && [1] }
    debug.log { value = !0 }
    debug.log { value = !"text" }
    return { value = !(1 > 2) && (2 > 1 || false) }
  }
}
