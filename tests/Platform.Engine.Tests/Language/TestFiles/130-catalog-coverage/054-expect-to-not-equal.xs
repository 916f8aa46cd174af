// Catalog example of expect.to_not_equal, inside a unit test.
function example_expect_to_not_equal {
  stack {
  }

  test "example" {
    expect.to_not_equal ($response.status) {
      value = "error"
    }
  }
}
