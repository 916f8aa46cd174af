task check_totals {
  stack {
    var $total {
      value = 42
    }
    return {
      value = $total
    }
  }

  test "returns the total" {
    input = {}
    datasource = "test"
    expect.to_equal ($response) {
      value = 42
    }
    expect.to_be_greater_than ($response) {
      value = 0
    }
  }
}
