// Catalog example of addon.call, inside a unit test.
function example_addon_call {
  stack {
  }

  test "example" {
    addon.call "order_items" {
      input = {order_id: 42}
    } as $items
  }
}
