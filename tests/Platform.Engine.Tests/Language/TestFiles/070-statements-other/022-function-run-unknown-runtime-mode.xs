task bad_runtime_mode {
  stack {
    function.run import_feed {
      runtime_mode = "async"
    } as $run
  }
}
