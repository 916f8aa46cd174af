task run_cleanup {
  stack {
    function.run cleanup_sessions as $cleanup
  }
}
