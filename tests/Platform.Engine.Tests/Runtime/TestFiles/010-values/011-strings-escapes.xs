task escapes {
  stack {
    debug.log { value = "line1\nline2" }
    debug.log { value = "tab\there" }
    debug.log { value = "quote \" inside" }
    return { value = "it's" ~ 'single "quoted"' }
  }
}
