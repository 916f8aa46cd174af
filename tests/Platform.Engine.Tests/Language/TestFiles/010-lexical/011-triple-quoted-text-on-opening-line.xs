task triple_same_line {
  stack {
    var $body {
      value = """Dear customer,
        thanks
        """
    }
  }
}
