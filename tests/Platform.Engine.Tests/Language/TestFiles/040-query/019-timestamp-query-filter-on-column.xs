function orders_this_year {
  input {
    int month?
  }

  stack {
    db.query order {
      where = $db.order.created_at|timestamp_year == 2025 && $db.order.created_at|timestamp_month >=? $input.month
    } as $rows
  }

  response = $rows
}
