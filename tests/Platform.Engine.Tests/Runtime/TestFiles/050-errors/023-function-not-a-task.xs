table users {
  schema {
    int id
  }
}
