function set_secret {
  input {
    password secret filters=min:8|minDigit:1|minSymbol:1
    text slug filters=startsWith:"inv-"|prevent:"--"|pattern:"/^[a-z0-9-]+$/"
  }
  stack {
  }
  response = "ok"
}
