task filter_name_missing {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|
    }
  }
}
