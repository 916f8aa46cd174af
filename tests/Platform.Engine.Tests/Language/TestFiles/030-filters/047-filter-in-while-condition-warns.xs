task while_filter_condition {
  stack {
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    var $i {
      value = 0
    }
    while ($i < $items|count) {
      each {
        math.add $i {
          value = 1
        }
      }
    }
  }
}
