task sleep_text {
  stack {
    util.sleep {
      value = "two seconds"
    }
  }
}
