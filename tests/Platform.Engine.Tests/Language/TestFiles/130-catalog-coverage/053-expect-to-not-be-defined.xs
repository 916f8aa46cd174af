// Catalog example of expect.to_not_be_defined, inside a unit test.
function example_expect_to_not_be_defined {
  stack {
  }

  test "example" {
    expect.to_not_be_defined ($response.password)
  }
}
