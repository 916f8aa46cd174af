task escapes {
  stack {
    var $message {
      value = "line one\nline two\ttabbed \"quoted\" back\\slash \'single\'"
    }
  }
}
