task optional_argument {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = [$name|trim, $name|trim:" A", 1.2345|round, 1.2345|round:2]
    }
  }
}
