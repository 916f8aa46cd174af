task too_few_arguments {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|replace:"Ada"
    }
  }
}
