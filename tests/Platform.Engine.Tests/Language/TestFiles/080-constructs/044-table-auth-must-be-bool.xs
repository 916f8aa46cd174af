table session {
  auth = "no"
  schema {
    int id
  }
}
