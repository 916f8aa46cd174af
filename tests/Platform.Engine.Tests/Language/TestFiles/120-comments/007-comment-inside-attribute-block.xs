task attribute_comments {
  stack {
    db.query order {
      // only open orders
      where = $db.order.status == "open"
      // newest first
      sort = {created_at: "desc"}
    } as $orders
  }
}
