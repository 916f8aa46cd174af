task parallel_jobs {
  stack {
    function.run import_feed {
      input = {feed: "daily"}
      runtime_mode = "async-shared"
    } as $import_run
    function.run rebuild_index {
      runtime_mode = "async-dedicated"
    } as $index_run
    await {
      ids = [$import_run, $index_run]
      timeout = 30
    } as $results
  }
}
