task sleep_zero {
  stack {
    util.sleep { value = 0 }
    util.sleep { value = 0.01 }
    return { value = "slept" }
  }
}
