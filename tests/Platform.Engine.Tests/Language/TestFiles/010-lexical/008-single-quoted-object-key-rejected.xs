task single_quoted_key {
  stack {
    var $user {
      value = {'name': "Ada"}
    }
  }
}
