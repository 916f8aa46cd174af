task sleep_bad {
  stack {
    util.sleep { value = "soon" }
  }
}
