task datasource_name {
  stack {
    db.set_datasource {
      name = "test"
    }
  }
}
