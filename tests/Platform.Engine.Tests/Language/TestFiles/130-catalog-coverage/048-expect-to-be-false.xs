// Catalog example of expect.to_be_false, inside a unit test.
function example_expect_to_be_false {
  stack {
  }

  test "example" {
    expect.to_be_false ($response.deleted)
  }
}
