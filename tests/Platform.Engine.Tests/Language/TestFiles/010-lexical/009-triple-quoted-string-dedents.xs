task triple_quoted {
  stack {
    var $sql {
      value = """
        SELECT id, email
          FROM users
        WHERE active = true
        """
    }
  }
}
