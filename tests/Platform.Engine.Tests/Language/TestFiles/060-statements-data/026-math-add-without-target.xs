task math_no_target {
  stack {
    math.add {
      value = 5
    }
  }
}
