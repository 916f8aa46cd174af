task number_element {
  stack {
    debug.log {
      value = "tick"
    }
  }

  schedule = [3600]
}
