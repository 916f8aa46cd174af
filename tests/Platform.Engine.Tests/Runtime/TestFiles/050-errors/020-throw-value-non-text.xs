task throw_object {
  stack {
    throw {
      name = "Structured"
      value = 42
    }
  }
}
