function greet {
  input {
    text name
    text? title
  }
  stack {
  }
  response = "Hello " ~ $input.name
}
