task missing_value {
  stack {
    var $total {
      description = "no value"
    }
  }
}
