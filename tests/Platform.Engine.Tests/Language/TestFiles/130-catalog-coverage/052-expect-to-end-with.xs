// Catalog example of expect.to_end_with, inside a unit test.
function example_expect_to_end_with {
  stack {
  }

  test "example" {
    expect.to_end_with ($response.email) {
      value = "@example.com"
    }
  }
}
