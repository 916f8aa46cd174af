task empty_argument {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|replace::"x"
    }
  }
}
