function total_price {
  stack {
    var $total {
      value = 10
    }
  }

  response = $total

  test "reads stack variable" {
    expect.to_equal ($total) {
      value = 10
    }
  }
}
