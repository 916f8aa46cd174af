function nested_setting {
  stack {
    return {
      value = 1
    }
  }

  test "nested setting" {
    conditional {
      if (true) {
        datasource = "test"
      }
    }
    expect.to_equal ($response) {
      value = 1
    }
  }
}
