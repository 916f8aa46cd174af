task filter_arguments {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $result_value {
      value = $name|replace:"Ada":"Augusta"|substr:0:10
    }
  }
}
