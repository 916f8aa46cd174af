task number_literals {
  stack {
    var $retry_count {
      value = 42
    }
    var $tax_rate {
      value = 0.075
    }
    var $zero {
      value = 0
    }
  }
}
