// Catalog example of action.call, inside a unit test.
function example_action_call {
  stack {
  }

  test "example" {
    action.call "send_welcome" {
      input = {email: "user@example.com"}
    } as $action_result
  }
}
