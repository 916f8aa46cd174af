task stray_character {
  stack {
    var $count {
      value = 1 @ 2
    }
  }
}
