task use_test_data {
  stack {
    db.set_datasource {
      value = "test"
    }
  }
}
