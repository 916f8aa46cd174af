task input_filter_as_value {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|startsWith:"A"
    }
  }
}
