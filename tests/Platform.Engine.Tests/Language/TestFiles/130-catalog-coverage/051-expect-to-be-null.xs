// Catalog example of expect.to_be_null, inside a unit test.
function example_expect_to_be_null {
  stack {
  }

  test "example" {
    expect.to_be_null ($response.error)
  }
}
