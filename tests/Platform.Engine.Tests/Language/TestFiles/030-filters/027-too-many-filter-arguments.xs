task too_many_arguments {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|to_upper:"x"
    }
  }
}
