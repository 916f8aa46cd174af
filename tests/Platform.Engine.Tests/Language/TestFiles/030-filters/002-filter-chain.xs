task filter_chain {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|trim|to_lower|capitalize
    }
  }
}
