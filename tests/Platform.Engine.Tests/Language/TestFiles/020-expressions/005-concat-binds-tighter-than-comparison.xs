task concat_vs_compare {
  stack {
    var $result_value {
      value = "a" ~ "b" == "ab"
    }
  }
}
