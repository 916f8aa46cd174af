task revenue_by_status {
  stack {
    db.query order {
      where = $db.order.total > 0
      return = {
        type : "aggregate"
        group: {status: $db.order.status}
        eval : {revenue: $db.order.total|sum}
      }
    } as $rows
  }
}
