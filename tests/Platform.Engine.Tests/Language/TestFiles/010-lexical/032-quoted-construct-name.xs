task "import video ask" {
  stack {
    debug.log {
      value = "importing"
    }
  }
}
