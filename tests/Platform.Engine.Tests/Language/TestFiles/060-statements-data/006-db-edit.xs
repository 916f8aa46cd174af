task edit_order {
  stack {
    db.edit order {
      field_value = 7
      data = {status: "paid", paid_at: now}
    } as $order
  }
}
