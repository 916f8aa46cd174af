function sample_setting {
  stack {
    return {
      value = 1
    }
  }

  test "unknown setting" {
    inputs = {a: 1}
    expect.to_equal ($response) {
      value = 1
    }
  }
}
