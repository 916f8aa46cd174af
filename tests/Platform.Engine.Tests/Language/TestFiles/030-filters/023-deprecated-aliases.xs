task filter_aliases {
  stack {
    var $name {
      value = "  Ada Lovelace "
    }
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    var $result_value {
      value = [$name|upper, $name|lower, $name|strip_tags, 5|num_max:9, $items|array_push:1]
    }
  }
}
