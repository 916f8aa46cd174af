task unclosed_object {
  stack {
    var $user {
      value = {name: "Ada"
    }
  }
}
