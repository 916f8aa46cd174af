task with_guid {
  stack {
    debug.log {
      value = "run"
    }
  }

  guid = "d2b6a3f0-1c1e-4f7a-9a55-3a6f2f1b9c10"
}
