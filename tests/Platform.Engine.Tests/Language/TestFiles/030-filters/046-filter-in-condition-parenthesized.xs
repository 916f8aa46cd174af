task filter_in_condition {
  stack {
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    conditional {
      if (($items|count) > 1) {
        debug.log {
          value = "many"
        }
      }
    }
  }
}
