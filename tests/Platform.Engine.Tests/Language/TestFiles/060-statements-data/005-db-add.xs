task add_order {
  stack {
    db.add order {
      data = {
        customer_id: 7
        total      : 19.99
        created_at : "now"
        !notes     : "hidden"
      }
    } as $order
  }
}
