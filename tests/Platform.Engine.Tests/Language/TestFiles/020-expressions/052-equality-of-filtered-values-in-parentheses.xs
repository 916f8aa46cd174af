task paren_filtered {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = ($a|to_text) == ($b|to_text)
    }
  }
}
