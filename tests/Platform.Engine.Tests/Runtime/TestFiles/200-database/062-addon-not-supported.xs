task addon {
  stack {
    db.get user {
      field_value = 1
      addon = [{name: "orders_of_user", input: {user_id: $output.id}, as: "orders"}]
    } as $user
  }
}
