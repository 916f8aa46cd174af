task throw_no_name {
  stack {
    throw { value = "plain failure" }
  }
}
