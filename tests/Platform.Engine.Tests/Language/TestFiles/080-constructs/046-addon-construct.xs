addon order_items {
  input {
    int order_id
  }

  stack {
    db.query order_item {
      where = $db.order_item.order_id == $input.order_id
    }
  }
}
