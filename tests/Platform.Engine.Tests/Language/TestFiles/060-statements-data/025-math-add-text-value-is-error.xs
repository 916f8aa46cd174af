task math_text_value {
  stack {
    var $total {
      value = 10
    }
    math.add $total {
      value = "5"
    }
  }
}
