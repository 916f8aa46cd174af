task unknown_filter {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|to_uppercase
    }
  }
}
