task while_loop {
  stack {
    var $attempt {
      value = 0
    }
    while ($attempt < 5) {
      each {
        math.add $attempt {
          value = 1
        }
      }
    }
  }
}
