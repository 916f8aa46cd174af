// Catalog example of realtime.get_session.
task example_realtime_get_session {
  stack {
    realtime.get_session as $session
  }
}
