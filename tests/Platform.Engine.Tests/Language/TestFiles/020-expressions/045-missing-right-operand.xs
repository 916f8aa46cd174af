task missing_operand {
  stack {
    var $result_value {
      value = 1 +
    }
  }
}
