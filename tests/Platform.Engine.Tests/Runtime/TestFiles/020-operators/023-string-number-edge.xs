task edge {
  stack {
    debug.log { value = "abc" == 0 }
    debug.log { value = "1" == "01" }
    debug.log { value = "10" == "1e1" }
    debug.log { value = 100 == "1e2" }
    return { value = "abc" == "abc " }
  }
}
