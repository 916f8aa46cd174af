task locked_orders {
  stack {
    db.query order {
      where = $db.order.id == 1
      addon = [{name: "order_items", input: {order_id: $output.id}, as: "items"}]
      lock = true
    } as $rows
  }
}
