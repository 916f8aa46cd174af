// Catalog example of realtime.publish.
task example_realtime_publish {
  stack {
    realtime.publish {
      realtime_server = "main"
      channel = "orders"
      data = {id: $order.id, status: "paid"}
    }
  }
}
