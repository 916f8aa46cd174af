// Catalog example of trigger.call, inside a unit test.
function example_trigger_call {
  stack {
  }

  test "example" {
    trigger.call "on_user_created" {
      input = {new: {id: 1, email: "a@example.com"}}
    } as $trigger_result
  }
}
