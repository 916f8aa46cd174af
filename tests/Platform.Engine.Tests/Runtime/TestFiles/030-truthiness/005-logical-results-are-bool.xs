task logical_bool {
  stack {
    debug.log { value = "a" || "b" }
    debug.log { value = "a" && "b" }
    return { value = null || 0 }
  }
}
