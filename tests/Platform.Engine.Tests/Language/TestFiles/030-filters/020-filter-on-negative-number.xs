task filter_negative {
  stack {
    var $result_value {
      value = -5|abs
    }
  }
}
