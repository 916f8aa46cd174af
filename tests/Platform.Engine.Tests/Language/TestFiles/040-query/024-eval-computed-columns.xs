task order_totals {
  stack {
    db.query order {
      where = $db.order.status == "paid"
      eval = {
        line_total: $db.order.quantity|mul:$db.order.unit_price
        day       : $db.order.created_at|timestamp_day_of_week
      }
    } as $rows
  }
}
