task literals {
  stack {
    debug.log { value = 42 }
    debug.log { value = -7 }
    debug.log { value = 3.25 }
    debug.log { value = "text" }
    debug.log { value = 'single' }
    debug.log { value = true }
    debug.log { value = false }
    debug.log { value = null }
    debug.log { value = [1, "two", 3.0, null, true] }
    debug.log { value = {a: 1, "b c": [2], d: {e: null}} }
  }
}
