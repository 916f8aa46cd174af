task pause {
  stack {
    util.sleep {
      value = 1.5
    }
  }
}
