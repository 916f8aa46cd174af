task while_unassigned {
  stack {
    while ($keep_going) {
      each {
        var $keep_going {
          value = false
        }
      }
    }
  }
}
