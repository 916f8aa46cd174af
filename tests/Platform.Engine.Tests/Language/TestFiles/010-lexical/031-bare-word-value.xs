task bare_word {
  stack {
    var $status {
      value = pending
    }
  }
}
