function validated_inputs {
  input {
    text username filters=trim|lower|min:3|max:20
    email contact filters=trim|lower
    password secret filters=min:8|minDigit:1|minSymbol:1
    int quantity filters=min:1|max:99
    text[] tags filters=max:5
  }

  stack {
    debug.log {
      value = $input
    }
  }
}
