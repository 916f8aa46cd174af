task join {
  stack {
    db.query user {
      join = {orders: {table: "order", where: $db.order.user_id == $db.user.id}}
    } as $rows
  }
}
