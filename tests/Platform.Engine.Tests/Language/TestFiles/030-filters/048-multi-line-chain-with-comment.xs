task chain_comment {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name
      // normalise spacing first
      |trim
      |to_lower
    }
  }
}
