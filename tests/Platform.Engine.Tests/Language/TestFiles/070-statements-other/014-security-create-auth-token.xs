task issue_token {
  stack {
    security.create_auth_token {
      table = "user"
      id = 1
      extras = {role: "admin"}
      expiration = 86400
    } as $token
  }
}
