// Catalog example of tool.call, inside a unit test.
function example_tool_call {
  stack {
  }

  test "example" {
    tool.call "lookup_order" {
      input = {order_id: 42}
    } as $tool_response
  }
}
