task orders_with_customer {
  stack {
    db.query order {
      where = $db.customer.country == "FR"
      join = {
        customer: {table: "customer", type: "inner", where: $db.order.customer_id = $db.customer.id}
      }
    } as $rows
  }
}
