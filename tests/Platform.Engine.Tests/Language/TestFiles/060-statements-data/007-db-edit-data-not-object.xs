task edit_order_bad_data {
  stack {
    db.edit order {
      field_value = 7
      data = "paid"
    } as $order
  }
}
