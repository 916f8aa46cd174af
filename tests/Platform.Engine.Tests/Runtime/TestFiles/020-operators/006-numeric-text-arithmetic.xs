task numeric_text {
  stack {
    debug.log { value = "10" + 5 }
    debug.log { value = "2.5" * 2 }
    debug.log { value = " 3" + 1 }
    return { value = "1e2" + 0 }
  }
}
