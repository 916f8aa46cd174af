task bitwise_text_error {
  stack {
    var $flags { value = 4 }
    math.bitwise.or $flags { value = "high" }
  }
}
