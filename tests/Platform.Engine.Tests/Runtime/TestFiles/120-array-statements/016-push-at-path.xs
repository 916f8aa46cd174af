task push_at_path {
  stack {
    var $order {
      value = {id: 7, items: [{sku: "a"}]}
    }
    array.push $order.items {
      value = {sku: "b"}
    }
    array.pop $order.items as $removed
    array.unshift $order.items {
      value = {sku: "z"}
    }
    debug.log {
      value = $removed
    }
    return {
      value = $order
    }
  }
}
