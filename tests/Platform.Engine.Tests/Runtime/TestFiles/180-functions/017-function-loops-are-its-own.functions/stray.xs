function stray {
  input {
  }
  stack {
    foreach.remove
  }
  response = null
}
