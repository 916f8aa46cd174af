// Catalog example of middleware.call, inside a unit test.
function example_middleware_call {
  stack {
  }

  test "example" {
    middleware.call "require_api_key" {
      input = {api_key: "test-key"}
    } as $outcome
  }
}
