task dot_bracket {
  stack {
    var $totals {
      value = {may_sum: 10}
    }
    var $month {
      value = "may"
    }
    var $result_value {
      value = $totals.[$month ~ "_sum"]
    }
  }
}
