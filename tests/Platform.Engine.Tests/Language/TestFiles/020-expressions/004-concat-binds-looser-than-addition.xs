task concat_level {
  stack {
    var $a {
      value = 3
    }
    var $b {
      value = 4
    }
    var $result_value {
      value = "n=" ~ $a + 1
    }
  }
}
