task expect_outside_test {
  stack {
    var $total {
      value = 42
    }
    expect.to_equal ($total) {
      value = 42
    }
  }
}
