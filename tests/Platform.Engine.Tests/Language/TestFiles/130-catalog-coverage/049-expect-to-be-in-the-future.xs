// Catalog example of expect.to_be_in_the_future, inside a unit test.
function example_expect_to_be_in_the_future {
  stack {
  }

  test "example" {
    expect.to_be_in_the_future ($response.expires_at)
  }
}
