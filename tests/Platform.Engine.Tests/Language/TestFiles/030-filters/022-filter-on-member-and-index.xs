task filter_on_path {
  stack {
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    var $result_value {
      value = $items[0].type|to_upper ~ "/" ~ ($items.1.type|to_upper)
    }
  }
}
