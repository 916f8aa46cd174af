task variable_forms {
  stack {
    var $total {
      value = 100
    }
    var $copy {
      value = $var.total + $total
    }
  }
}
