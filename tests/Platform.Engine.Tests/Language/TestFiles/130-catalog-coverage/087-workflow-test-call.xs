// Catalog example of workflow_test.call, inside a unit test.
function example_workflow_test_call {
  stack {
  }

  test "example" {
    workflow_test.call "checkout_flow" {
      datasource = "test"
    } as $outcome
  }
}
