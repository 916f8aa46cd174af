task filter_after_operator {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = "name: " ~ $name|to_upper
    }
  }
}
