// Catalog example of api.realtime_event.
task example_api_realtime_event {
  stack {
    api.realtime_event {
      channel = "notifications"
      data = $alert
      auth_table = "user"
      auth_id = $user.id
    }
  }
}
