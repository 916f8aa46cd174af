task column_outside_query {
  stack {
    var $column {
      value = $db.user.email
    }
  }
}
