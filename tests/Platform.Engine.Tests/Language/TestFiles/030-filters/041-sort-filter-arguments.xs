task sort_arguments {
  stack {
    var $items {
      value = [{id: 1, type: "website", price: 10}, {id: 2, type: "app", price: 20}]
    }
    var $result_value {
      value = $items|sort:"price":"number":true
    }
  }
}
