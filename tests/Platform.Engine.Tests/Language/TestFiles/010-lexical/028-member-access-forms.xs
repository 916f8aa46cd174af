task member_access {
  stack {
    var $order {
      value = {items: [{price: 5, tags: ["a"]}], meta: {"created by": "ada"}}
    }
    var $key {
      value = "meta"
    }
    var $reads {
      value = [$order.items.0.price, $order.items[0].tags[0], $order["meta"], $order[$key], $order.[$key]]
    }
  }
}
