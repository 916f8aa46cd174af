// Catalog example of expect.to_be_empty, inside a unit test.
function example_expect_to_be_empty {
  stack {
  }

  test "example" {
    expect.to_be_empty ($response.errors)
  }
}
