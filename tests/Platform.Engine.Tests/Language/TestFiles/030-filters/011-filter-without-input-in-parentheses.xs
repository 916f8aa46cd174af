task no_input_filters {
  stack {
    var $result_value {
      value = [(|uuid), (|create_uid), (|range:1:5)]
    }
  }
}
