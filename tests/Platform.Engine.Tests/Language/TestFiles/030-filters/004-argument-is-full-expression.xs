task argument_expression {
  stack {
    var $row {
      value = {"0,1": "x"}
    }
    var $n {
      value = 1
    }
    var $result_value {
      value = $row|get:"0," ~ ($n|to_text)
    }
  }
}
