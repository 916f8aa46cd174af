task throw_unnamed {
  stack {
    throw {
      value = "Something failed."
    }
  }
}
