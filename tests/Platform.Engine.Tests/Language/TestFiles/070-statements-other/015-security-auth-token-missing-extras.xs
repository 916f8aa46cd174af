task token_no_extras {
  stack {
    security.create_auth_token {
      table = "user"
      id = 1
      expiration = 86400
    } as $token
  }
}
