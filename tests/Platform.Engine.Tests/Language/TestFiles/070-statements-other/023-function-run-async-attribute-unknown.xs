task async_attribute {
  stack {
    function.run import_feed {
      async = true
    } as $run
  }
}
