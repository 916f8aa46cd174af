task cast_without_text {
  stack {
    var $count {
      value = !int 42
    }
  }
}
