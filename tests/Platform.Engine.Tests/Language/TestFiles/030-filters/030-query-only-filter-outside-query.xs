task query_filter_outside {
  stack {
    var $score {
      value = null
    }
    var $result_value {
      value = $score|coalesce:0
    }
  }
}
