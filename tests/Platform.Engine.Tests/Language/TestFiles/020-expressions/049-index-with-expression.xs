task index_expression {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $list {
      value = [1, 2, 3]
    }
    var $result_value {
      value = $list[$a - 1]
    }
  }
}
