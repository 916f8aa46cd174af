task member_after_filter {
  stack {
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    var $result_value {
      value = $items|first.id
    }
  }
}
