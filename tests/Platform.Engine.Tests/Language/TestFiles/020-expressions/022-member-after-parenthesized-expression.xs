task paren_member {
  stack {
    var $users {
      value = [{email: "a@example.com"}]
    }
    var $result_value {
      value = ($users|first).email
    }
  }
}
