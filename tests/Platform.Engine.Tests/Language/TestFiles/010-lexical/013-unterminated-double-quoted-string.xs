task unterminated_string {
  stack {
    var $greeting {
      value = "Hello
    }
  }
}
