task add_text_error {
  stack {
    var $name { value = "Ada" }
    math.add $name { value = 1 }
  }
}
