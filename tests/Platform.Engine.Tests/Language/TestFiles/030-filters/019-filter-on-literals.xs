task filter_on_literals {
  stack {
    var $result_value {
      value = ["hello"|to_upper, [3, 1, 2]|reverse, 2.5|ceil, {a: 1}|keys]
    }
  }
}
