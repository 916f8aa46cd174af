// Catalog example of expect.to_be_less_than, inside a unit test.
function example_expect_to_be_less_than {
  stack {
  }

  test "example" {
    expect.to_be_less_than ($response.duration_ms) {
      value = 500
    }
  }
}
