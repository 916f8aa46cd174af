function signup {
  input {
    text username filters=trim|lower|min:3|max:20
    email contact filters=trim|lower
    text code filters=upper|alphaOk|digitOk
    int quantity filters=min:1|max:99
    text[] tags filters=trim|max:3
  }
  stack {
  }
  response = $input
}
