task negate_error {
  stack {
    return { value = -"abc" }
  }
}
