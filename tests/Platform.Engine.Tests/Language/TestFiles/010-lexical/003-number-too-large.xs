task big_number {
  stack {
    var $big {
      value = 99999999999999999999
    }
  }
}
