task negative_numbers {
  stack {
    var $offset {
      value = -5
    }
    var $delta {
      value = -0.25
    }
    var $difference {
      value = 3 - -5
    }
  }
}
