task await_no_ids {
  stack {
    await {
      timeout = 5
    } as $results
  }
}
