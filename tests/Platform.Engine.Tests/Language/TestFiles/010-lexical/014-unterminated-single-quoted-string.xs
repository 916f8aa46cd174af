task unterminated_single {
  stack {
    var $greeting {
      value = 'Hello
    }
  }
}
